// Worker thread entry, in plain JavaScript so that it can turn on Node's
// compile cache before the TypeScript modules and Vega load: a cached thread
// starts drawing sooner.
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

if (typeof workerData?.compileCache === 'string') enableCompileCache(workerData.compileCache);
await import('./chart-worker.ts');
