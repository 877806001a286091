import type { Dossier, DossierArticle } from '../core/types.js';
import type { Store } from '../store/store.js';

const PAGE = 200;

/** One dossier of one story, or of the whole collection (every story, newest first). */
export async function collectionDossier(store: Store, storyId?: string): Promise<Dossier | null> {
  if (storyId !== undefined) return store.storyDossier(storyId);
  const dossier: Dossier = { schemaVersion: 1, generatedAt: new Date().toISOString(), articles: [], links: [], stories: [], failures: [] };
  const linkKeys = new Set<string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listStories({ limit: PAGE, offset });
    for (const item of page.items) {
      const part = await store.storyDossier(item.id);
      if (!part) continue; // removed since the page was read
      dossier.stories.push(...part.stories);
      dossier.articles.push(...part.articles);
      for (const link of part.links) {
        const key = `${link.a}\u0000${link.b}`;
        if (!linkKeys.has(key)) dossier.links.push(link);
        linkKeys.add(key);
      }
    }
    if (page.items.length < PAGE) break;
  }
  return dossier;
}

/** Every article of the collection (or of one story), in storage order, read a page at a time. */
export async function* collectionArticles(store: Store, storyId?: string): AsyncGenerator<DossierArticle> {
  let after: string | undefined;
  do {
    const page = await store.listArticles({ storyId, after, limit: PAGE });
    yield* page.items;
    after = page.next ?? undefined;
  } while (after !== undefined);
}
