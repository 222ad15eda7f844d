// Reads the fuses back from a packaged build and checks them against electron-builder.yml.
//   npx tsx scripts/check-fuses.ts release/linux-unpacked/creditstack
//   npx tsx scripts/check-fuses.ts "release/mac/CreditStack.app/Contents/Frameworks/Electron Framework.framework/Electron Framework"
//   npx tsx scripts/check-fuses.ts "release/win-unpacked/CreditStack.exe"
// Exit 0: every fuse as configured; 1: some are not (listed); 2: the file could not be read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fuseProblems, fusesWanted, readFuseWire } from './fuse-wire';

const binary = process.argv[2];
if (binary === undefined) {
  console.error('usage: npx tsx scripts/check-fuses.ts <packaged Electron executable>');
  process.exit(2);
}
try {
  const wire = readFuseWire(readFileSync(binary));
  const wanted = fusesWanted(readFileSync(path.join(import.meta.dirname, '..', 'electron-builder.yml'), 'utf8'));
  console.log(`fuse wire version ${wire.version} in ${binary}:`);
  for (const [name, state] of Object.entries(wire.fuses))
    console.log(`  ${name.padEnd(40)} ${state}${name in wanted ? `  (wanted ${wanted[name] ? 'on' : 'off'})` : ''}`);
  const problems = fuseProblems(wire, wanted);
  for (const problem of problems) console.error(`check-fuses: ${problem}`);
  process.exit(problems.length === 0 ? 0 : 1);
} catch (error) {
  console.error(`check-fuses: ${binary}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
