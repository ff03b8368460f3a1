// A worker thread that reads and parses the pages of a large site (load.ts), answers once with
// their trees, keeps them for the next run if asked to (after answering), and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { readPageBodies, type PageWork } from './page-body.ts';

const { answer, save } = readPageBodies(workerData as PageWork);
parentPort!.postMessage(answer);
save();
