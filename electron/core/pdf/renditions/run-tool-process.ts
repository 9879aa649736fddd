import { spawn, spawnSync } from 'node:child_process';
import { QuireError } from '../../../../shared/errors';

export interface ToolProcess {
  command: string;
  args: string[];
  /** Added to this process's environment: how the paths reach a script without being spliced into it. */
  env?: Record<string, string>;
  timeoutMs: number;
  /** The tool's name as a user knows it, for the failure's details. */
  toolName: string;
  /** Called with each line of standard output, e.g. to learn the id of a process the tool started. */
  onStdoutLine?: (line: string) => void;
  /** Extra processes to stop on timeout (an office suite started through automation is not our child). */
  extraPids?: () => number[];
}

export interface ToolOutput {
  stdout: string;
  stderr: string;
}

/** Stops a process and, where the system allows, every process it started. */
function killTree(pid: number): void {
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/PID', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Runs a rendition tool with a time limit: on timeout the tool, its process group and any process it
 * reported starting are killed and RENDITION_TIMEOUT raised; a non-zero exit is RENDITION_FAILED with
 * the end of its error output in the details. Never uses a shell, so arguments are never re-parsed.
 */
export function runToolProcess(tool: ToolProcess): Promise<ToolOutput> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout also stops what the launcher starts (soffice.bin).
    const child = spawn(tool.command, tool.args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
      shell: false,
      env: { ...process.env, ...tool.env },
    });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout = (stdout + chunk).slice(-20_000);
      pending += chunk;
      const lines = pending.split(/\r?\n/u);
      pending = lines.pop() ?? '';
      for (const line of lines) tool.onStdoutLine?.(line);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    const timer = setTimeout(() => {
      if (child.pid !== undefined) killTree(child.pid);
      for (const pid of tool.extraPids?.() ?? []) killTree(pid);
      reject(new QuireError('RENDITION_TIMEOUT', { tool: tool.toolName }));
    }, tool.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new QuireError('RENDITION_FAILED', { tool: tool.toolName }, { reason: error.message }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pending) tool.onStdoutLine?.(pending);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new QuireError('RENDITION_FAILED', { tool: tool.toolName }, { reason: `${tool.toolName} exited with ${code}: ${stderr.trim().slice(-2000)}` }));
    });
  });
}
