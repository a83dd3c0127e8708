/**
 * A worker thread of `drawCards`: draws the cards it is sent, one at a time, and sends each PNG
 * back. Started with tsx's loader, since it is TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import type { CardContent } from '../../../src/features/articles/model/shareCard';
import { renderCard } from './renderCard';

export type CardJob = { id: number; content: CardContent };
export type CardResult = { id: number; png: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('cardWorker.ts runs as a worker thread of drawCards');

port.on('message', (job: CardJob) => {
  renderCard(job.content).then(
    (png) => port.postMessage({ id: job.id, png } satisfies CardResult),
    (error: unknown) =>
      port.postMessage({
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies CardResult),
  );
});
