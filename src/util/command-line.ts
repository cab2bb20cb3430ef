/**
 * The start every `npm run …` command shares: parse the arguments; an unknown option or a
 * missing value prints the message and the usage on stderr (exit 2); --help / -h prints the
 * usage on stdout (exit 0). The command declares `help` among its options.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { stdio, type Output } from "./output.js";

export type ParsedCommandLine<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * The parsed command line, or the exit code to end with (0 after --help, 2 when it does not
 * parse). `help` is what --help prints, when a command says more there than its usage line.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string, io: Output = stdio, errorPrefix = "", help = usage): ParsedCommandLine<T> | number {
  let parsed: ParsedCommandLine<T>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    io.err(`${errorPrefix}${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(`${help}\n`);
    return 0;
  }
  return parsed;
}
