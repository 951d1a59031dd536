// Worker thread entry, in plain JavaScript so that it can turn on Node's
// compile cache before the TypeScript modules load: a cached worker starts
// in about half the time, which matters when a file takes a few hundred
// milliseconds to read.
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

if (typeof workerData?.compileCache === 'string') enableCompileCache(workerData.compileCache);
await import('./read-part-worker.ts');
