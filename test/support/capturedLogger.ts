/** A logger whose lines a test reads back (level info and above), for what the logs must and must not say. */
import { Writable } from "node:stream";
import { pino } from "pino";

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A pino logger whose lines land in `lines` (level info and above). */
export function capturedLogger() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}
