// `npm pack` of wasm/, unpacked as node_modules/@samen/engine in a project directory: the package
// exactly as a user installs it. Shared by the Node test (tests/wasm/package.test.mjs) and the
// browser test (tests/browser/package.test.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('../../wasm/', import.meta.url));

/** Packs wasm/ into `project` and installs it there; answers the packed file list, the directory and the manifest. */
export function installPackedEngine(project) {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project],
    { cwd: PACKAGE_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const target = join(project, 'node_modules', '@samen', 'engine');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(project, packed[0].filename), '-C', target, '--strip-components=1']);
  return {
    files: packed[0].files.map((file) => file.path),
    target,
    manifest: JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')),
  };
}
