// Small closed-class lexicons of English: these are grammar, not content, so a list is the right tool.

/** Words that negate the statement they sit in. */
export const NEGATIONS = new Set([
  'not', 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'without', 'lacks', 'lack', 'lacked', 'lacking',
  "isn't", "wasn't", "aren't", "weren't", "doesn't", "didn't", "don't", "won't", "wouldn't", "hasn't", "haven't",
  "hadn't", "cannot", "can't", "couldn't", "shouldn't", 'isn’t', 'wasn’t', 'aren’t', 'weren’t', 'doesn’t',
  'didn’t', 'don’t', 'won’t', 'hasn’t', 'haven’t', 'couldn’t',
]);

/** Words that make a statement uncertain: modal verbs, reporting hedges, epistemic adverbs. */
export const HEDGES = new Set([
  'could', 'may', 'might', 'possibly', 'possible', 'perhaps', 'reportedly', 'allegedly', 'apparently', 'appears',
  'appear', 'seems', 'seem', 'likely', 'unlikely', 'probably', 'suggests', 'suggest', 'purportedly', 'supposedly',
  'rumor', 'rumored', 'rumour', 'rumoured', 'rumors', 'rumours', 'unconfirmed', 'unclear', 'believed', 'expected',
  'claims', 'claimed', 'claim', 'alleged', 'alleges', 'speculation', 'whether',
]);

/** Words by which a text refutes or disputes a claim. */
export const REFUTERS = new Set([
  'fake', 'hoax', 'false', 'falsely', 'deny', 'denies', 'denied', 'debunk', 'debunks', 'debunked', 'myth',
  'untrue', 'fabricated', 'satire', 'satirical', 'refute', 'refutes', 'refuted', 'dismiss', 'dismisses',
  'dismissed', 'wrong', 'misleading', 'bogus', 'scam', 'prank', 'joke', 'rejects', 'rejected', 'contrary',
  'doubt', 'doubts', 'nonsense', 'spoof', 'photoshopped', 'fiction', 'isnt', 'not', 'no', 'never',
]);

/** Verbs that report speech: "X said Y" makes an attribution claim. */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'noted', 'stressed', 'stated', 'announced',
  'announces', 'claimed', 'claims', 'argued', 'insisted', 'emphasized', 'emphasised', 'declared', 'wrote',
  'reported', 'confirmed', 'confirms', 'denied', 'denies', 'warned', 'explained', 'described',
  'called', 'reiterated', 'criticized', 'criticised', 'mentioned',
]);

/** Auxiliaries and copulas: never the predicate themselves, but they carry tense, mood and negation. */
export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
]);
