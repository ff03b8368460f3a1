// Reading many small files fast. readFileSync asks for each file's size before reading it; for
// thousands of files of a few hundred bytes, reading into a buffer kept between files costs less.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

let buffer = Buffer.allocUnsafe(1 << 16);

export function readText(path: string): string {
  const fd = openSync(path, 'r');
  let length = 0;
  try {
    // Until the end of the file: a read may return less than asked (network and FUSE mounts do).
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, length);
  } finally {
    closeSync(fd);
  }
  if (length < buffer.length) return buffer.toString('utf8', 0, length);
  // As large as the buffer or larger: read it whole, and keep a buffer that fits the next ones.
  const whole = readFileSync(path);
  buffer = Buffer.allocUnsafe(whole.length * 2);
  return whole.toString('utf8');
}
