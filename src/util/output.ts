/** Where a command writes; tests pass their own to capture it. */
export interface Output {
  out(text: string): unknown;
  err(text: string): unknown;
}

export const stdio: Output = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
