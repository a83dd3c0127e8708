export type BenchOptions = {
  /** Lighthouse runs per page, and page loads in the scale run. */
  runs: number;
  build: boolean;
  lighthouse: boolean;
  scale: boolean;
};

export const USAGE = `Usage: npm run bench -- [--runs N] [--no-build] [--skip-lighthouse] [--skip-scale]

  --runs N            Lighthouse runs per page and scale-page loads; medians are reported (default 3)
  --no-build          reuse dist/ instead of running \`vite build\` first
  --skip-lighthouse   leave out the Lighthouse comparison
  --skip-scale        leave out the 500-section run`;

const MAX_RUNS = 25;

/** Parses the command line; throws with a message for anything it does not know. */
export function parseArgs(argv: readonly string[]): BenchOptions | 'help' {
  const options: BenchOptions = { runs: 3, build: true, lighthouse: true, scale: true };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const [name, inlineValue] = arg.split('=', 2) as [string, string | undefined];
    switch (name) {
      case '--help':
      case '-h':
        return 'help';
      case '--runs': {
        const value = inlineValue ?? argv[++index];
        const runs = Number(value);
        if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
          throw new Error(
            `--runs expects a whole number from 1 to ${MAX_RUNS}, got "${value ?? ''}"`,
          );
        }
        options.runs = runs;
        break;
      }
      case '--no-build':
        options.build = false;
        break;
      case '--skip-lighthouse':
        options.lighthouse = false;
        break;
      case '--skip-scale':
        options.scale = false;
        break;
      default:
        throw new Error(`Unknown option "${arg}"\n\n${USAGE}`);
    }
  }
  return options;
}
