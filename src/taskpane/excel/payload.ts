/// <reference types="office-js" />
// Excel on the web refuses a request or a response over 5 MB ("Resource limits and performance
// optimization for Office Add-ins"). A batch is one request, so cells written in one sync all
// count together: a batch that would pass the budget is sent before the next write is queued.
import type { Context } from './host';

/** Bytes a batch may carry: under the 5 MB limit with room for what the estimate leaves out. */
export const REQUEST_BUDGET = 4_000_000;

/** What one queued call adds to a request besides its data: object paths, method names. */
const CALL_BYTES = 200;

/** UTF-8 size of the value as JSON: Chinese text is 3 bytes a character on the wire. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** The writes of one action: queues calls and syncs only when the next would pass the budget. */
export class WriteBatch {
  private queued = 0;

  constructor(
    readonly context: Context,
    readonly budget: number,
  ) {}

  /** Call before queuing `calls` calls carrying `dataBytes` of cell data. */
  async reserve(dataBytes: number, calls = 1): Promise<void> {
    const bytes = dataBytes + calls * CALL_BYTES;
    if (this.queued > 0 && this.queued + bytes > this.budget) {
      // An early sync: one more than the action's documented count.
      await this.context.sync();
      this.queued = 0;
      // The suspension ends with every sync; writing goes on, so it starts again.
      this.context.application.suspendScreenUpdatingUntilNextSync();
    }
    this.queued += bytes;
  }

  /** The largest share of the budget one range write may take, so row chunks fit beside the rest. */
  get chunkBytes(): number {
    return Math.max(Math.floor(this.budget / 2), 1);
  }
}
