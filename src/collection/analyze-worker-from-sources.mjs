// The article pool's worker file when Corroborate runs from its TypeScript sources (tests, benchmarks:
// through tsx). It registers tsx in the worker thread, then loads the TypeScript worker. Passing
// `--import tsx` in the worker's execArgv instead made the worker fail to load analyze-worker.ts
// ("Unknown file extension .ts") once its imports included eld's 1 MB n-gram module; registering from
// a JavaScript entry does not depend on that.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./analyze-worker.ts');
export default worker.default;
