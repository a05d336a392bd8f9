/** `npm run typecheck`: each process folder compiles with its own libraries, so a wrong import fails here. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './spawn-listening-process';

const projects = ['shared', 'main', 'preload', 'renderer', 'sandbox', '.'];
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
let failed = false;
for (const project of projects) {
  try {
    execFileSync(process.execPath, [tsc, '-p', join(repoRoot, project, 'tsconfig.json')], { stdio: 'inherit' });
    process.stdout.write(`typecheck ${project}: ok\n`);
  } catch {
    failed = true;
    process.stdout.write(`typecheck ${project}: FAILED\n`);
  }
}
process.exit(failed ? 1 : 0);
