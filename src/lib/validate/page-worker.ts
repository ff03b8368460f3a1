// A worker thread that reads and parses the pages of a large site (load.ts), answers once with
// their trees, and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { readPageBodies } from './page-body.ts';

parentPort!.postMessage(readPageBodies(workerData as string[]));
