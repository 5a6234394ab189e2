/**
 * Soyuz Replay physics CLI: `npm run -s cli -- descent|plan|state ...` (see args.ts USAGE).
 * Prints one JSON object (or, with --csv, the descent's trajectory as CSV) on stdout, or one line
 * on stderr and a non-zero exit code.
 */
import { runCli } from './commands';

const outcome = runCli(process.argv.slice(2));
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
