// A worker thread that reads and parses the pages of a large site (load.ts), answers once with
// their trees, keeps them for the next run if asked to (after answering), and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { readPageBodies, type PageAnswer, type PageWork } from './page-body.ts';
import { ParseCache } from './parse-cache.ts';

const work = workerData as PageWork;
const cache = work.cache && new ParseCache(work.cache);
parentPort!.postMessage({ bodies: readPageBodies(work.paths, cache), reused: cache?.reused ?? 0 } satisfies PageAnswer);
cache?.save();
