import type { EntityMention, Quote, Sentence } from '../../core/types.js';

/** Direct quotations with their speakers. */
export function findQuotes(_text: string, _sentences: Sentence[], _entities: EntityMention[]): Quote[] {
  return []; // filled in by the quotes issue
}
