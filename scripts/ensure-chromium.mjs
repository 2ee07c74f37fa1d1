#!/usr/bin/env node
// The browser tests drive Debian's Chromium. On a fresh Debian machine (as root) this installs
// it with apt-get; anywhere else it says what to do. It never fails the run by itself: the
// browser tests report a missing browser clearly.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  process.stderr.write('Chromium is missing: installing Debian\'s chromium for the browser tests (apt-get)...\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
  if (install.status === 0 && existsSync(CHROMIUM)) process.exit(0);
}
process.stderr.write(
  `Chromium was not found at ${CHROMIUM}. The browser tests need it: on Debian or Ubuntu run\n` +
    '  sudo apt-get install chromium\n' +
    'or set CHROMIUM_PATH to a Chromium binary. The other tests run without it.\n',
);
