import { spawn } from 'node:child_process';
import { once } from 'node:events';

/** What a node script printed and how it ended. */
export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Where and how to run the script. */
export interface ScriptOptions {
  /** The folder it runs in; this one by default. */
  cwd?: string;
  /** Variables besides PATH, the only one it inherits. */
  env?: Record<string, string>;
  /** Written to stdin, which is then ended, as a pipe does. */
  input?: string;
}

/**
 * Runs `node <script> <args>` as an npm script would and waits for it to exit. Without `input`,
 * stdin stays open like a terminal nobody types in.
 */
export async function runNodeScript(
  script: string,
  args: string[] = [],
  options: ScriptOptions = {},
): Promise<ScriptRun> {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  if (options.input !== undefined) child.stdin.end(options.input);
  // 'close', not 'exit': by then everything the process wrote has been read.
  const [code] = await once(child, 'close');
  return { code, stdout, stderr };
}
