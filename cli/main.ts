// Entry point of the `creditstack` command (bundled to dist/cli.cjs).
import { run } from './run';
import { isSimulationWorker, serveSimulationJob } from './simulation-workers';
import { styleFor } from './style';

// A closed pipe (`creditstack export ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

if (isSimulationWorker()) serveSimulationJob();
else {
  const code = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (line) => process.stderr.write(line + '\n'),
    style: styleFor(process.stdout.isTTY === true, process.env),
    script: process.argv[1],
  });
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}
