import { splitSentences } from './src/analyze/segment/split-sentences.js';
import { tokenize } from './src/analyze/entities/tokens.js';
import { findNameRuns, lowerCaseWordsOf } from './src/analyze/entities/name-runs.js';
import { classifyRun } from './src/analyze/entities/classify-run.js';
const text = process.argv[2]!;
const s = splitSentences(text);
const tokens = tokenize(text, s);
console.log(tokens.map((t) => `${t.text}${t.breakBefore ? '|' : ''}${t.possessive ? "'s" : ''}${t.initial ? '^' : ''}`).join(' '));
for (const r of findNameRuns(tokens, lowerCaseWordsOf(tokens))) console.log(JSON.stringify(classifyRun(tokens, r, text)));
