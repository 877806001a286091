// Invented articles for the corpus stages' tests (never real ones).
import { analyzeArticle } from '../../analyze/analyze-article.js';
import type { AnalyzedArticle } from '../../core/types.js';

export function fixtureArticle(
  id: string,
  paragraphs: string[],
  fields: { title?: string; published?: string; outlet?: string } = {},
): AnalyzedArticle {
  return analyzeArticle({
    id,
    source: `${id}.txt`,
    url: null,
    outlet: fields.outlet ?? null,
    title: fields.title ?? null,
    byline: null,
    published: { value: fields.published ?? null, from: fields.published ? 'declared' : null },
    language: 'en',
    text: paragraphs.join('\n\n'),
    messages: [],
  });
}

/** A wire story about a trade pact, the source of the copies and the rewrite below. */
export const PACT = [
  'Leaders of Arlenia and Morvia signed a trade and security pact in the port city of Velsk on Tuesday, pledging mutual support if either country is attacked.',
  'Details of the agreement were not published, but it could mark the closest connection between the two governments since the border war of 1987.',
  'President Ilsa Varnek said the pact covers tariffs on 4,200 goods, joint naval patrols and a shared fund for rebuilding the Velsk harbour.',
  'Prime Minister Tomas Oberin called the deal "a new chapter for our peoples and a warning to anyone who doubts our resolve."',
  'Critics in the Morvian parliament said the text had been negotiated in secret and demanded a full debate before any vote.',
  'The two leaders later toured the harbour, where cranes damaged in last year\'s storm still stood idle.',
  'Officials said a first meeting of the joint commission would take place in the spring.',
];

/** The same story, condensed and reworded: a hedge removed, a claim word and a number changed, a quote cut. */
export const PACT_REWRITE = [
  'Arlenia and Morvia signed a trade and security pact in Velsk on Tuesday, promising mutual support if either is attacked.',
  'The agreement was not published, but it is considered the closest alliance between the two governments since the border war of 1987.',
  'President Ilsa Varnek said the pact covers tariffs on 5,000 goods, joint naval patrols and a fund for the Velsk harbour.',
  'Prime Minister Tomas Oberin called the deal "a new chapter for our peoples."',
  'Morvian lawmakers said the text was negotiated in secret and asked for a debate before a vote.',
];

/** Another outlet's own report of the same signing: same event, its own words, no copying. */
export const PACT_OWN_REPORT = [
  'In Velsk on Tuesday, Arlenia and Morvia put their names to a pact that binds each to defend the other, a step analysts had expected for months.',
  'Varnek and Oberin shook hands on a stage decorated with the flags of both countries as a brass band played.',
  'Trade groups welcomed the promised cut in tariffs, while fishermen in Velsk worried about the joint naval patrols in their waters.',
  'A diplomat from a neighbouring state, speaking on condition of anonymity, said the region would watch the pact closely.',
  'Opposition members in the Morvian parliament said they would demand a debate on the pact before any vote.',
];

/** Months later: the pact is ratified. Same actors, another event. */
export const PACT_RATIFIED = [
  'The Morvian parliament ratified the trade and security pact with Arlenia on Thursday after a debate that lasted three days.',
  'The vote was 212 to 140, with the opposition voting against what it called a deal made in secret.',
  'Prime Minister Tomas Oberin thanked lawmakers and said the joint commission would meet in Velsk next month.',
  'In Arlenia, President Ilsa Varnek welcomed the vote and said her own parliament would ratify the pact before the summer recess.',
  'Analysts said ratification removes the last obstacle to the joint naval patrols agreed when the pact was signed in Velsk.',
];

export const QUAKE_NORTH = [
  'A magnitude 6.8 earthquake struck the northern province of Dravia early on Monday, collapsing homes in the mountain town of Kessel.',
  'Rescuers in Kessel pulled 14 people from the rubble and at least 31 people were killed, the Dravian interior ministry said.',
  'The quake was centred 12 kilometres below the Kessel valley and was followed by dozens of aftershocks.',
  'Governor Anna Petrel asked for tents and blankets as temperatures in Kessel fell below freezing overnight.',
];

export const QUAKE_NORTH_OTHER = [
  'The death toll from Monday\'s earthquake in Kessel rose to 31, the Dravian interior ministry said, as rescuers searched collapsed homes.',
  'Governor Anna Petrel said the mountain town needed tents and blankets, with night temperatures below freezing.',
  'Seismologists said the magnitude 6.8 quake was centred 12 kilometres beneath the Kessel valley.',
  'Dozens of aftershocks shook the valley through the day, and schools in the province were closed.',
];

export const QUAKE_SOUTH = [
  'A magnitude 5.9 earthquake shook the coastal city of Maranta in southern Ostria on Saturday, cracking walls and cutting power to thousands of homes.',
  'Mayor Luis Corvan said no one was killed in Maranta, though 9 people were treated in hospital for minor injuries.',
  'The quake was centred under the sea 40 kilometres off the Ostrian coast, the national seismic service said.',
  'Ferries from Maranta harbour were halted for the afternoon while engineers inspected the piers.',
];
