import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, label: string): void;
  tick(source: string): void;
  /** A line that must reach the user even in the middle of a bar (failures). */
  warn(line: string): void;
  stop(summary?: string): void;
}

/**
 * Progress on stderr: a bar when stderr is a terminal, plain lines otherwise (one per item, so logs
 * of long runs show where they are), nothing but warnings with --quiet.
 */
export function createProgress(options: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { start() {}, tick() {}, warn: (line) => stream.write(`${line}\n`), stop() {} };
  if (stream.isTTY) return barProgress(stream);
  let done = 0;
  let total = 0;
  let label = '';
  return {
    start(count, name) {
      total = count;
      label = name;
    },
    tick(source) {
      done++;
      stream.write(`${label} ${done}/${total} ${source}\n`);
    },
    warn: (line) => stream.write(`${line}\n`),
    stop: (summary) => summary && stream.write(`${summary}\n`),
  };
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    { stream, format: '{label} [{bar}] {value}/{total} {source}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let active = false;
  return {
    start(total, label) {
      bar.start(total, 0, { label, source: '' });
      active = true;
    },
    tick(source) {
      bar.increment(1, { source: source.length > 40 ? `…${source.slice(-39)}` : source });
    },
    warn(line) {
      if (active) stream.write('\r\x1b[K');
      stream.write(`${line}\n`);
      if (active) bar.render();
    },
    stop(summary) {
      if (active) bar.stop();
      active = false;
      if (summary) stream.write(`${summary}\n`);
    },
  };
}
