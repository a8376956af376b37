/**
 * `npm run lint` as part of `npm test`: strict type-checking of all sources
 * and tests, and Mozilla's addons-linter on the Firefox build, with no errors
 * and no warnings.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const bin = (name: string): string => `${ROOT}node_modules/.bin/${name}`;

describe('lint', () => {
  it('type-checks with no errors', { timeout: 180_000 }, async () => {
    const result = await run(bin('tsc'), ['--noEmit', '-p', ROOT], { cwd: ROOT }).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe('');
  });

  it('passes addons-linter on dist/firefox with no errors or warnings', { timeout: 180_000 }, async () => {
    const result = await run(bin('addons-linter'), ['--output', 'json', 'dist/firefox'], { cwd: ROOT, maxBuffer: 1 << 24 }).catch(
      (error: { stdout: string }) => error,
    );
    const report = JSON.parse(result.stdout) as { errors: { message: string; file?: string }[]; warnings: { message: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
    expect(report.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([]);
  });
});
