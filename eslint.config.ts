// The linter's configuration lives with its packages in the tools/lint workspace. typescript-eslint
// reads TypeScript's JavaScript API, which TypeScript 7 (the project's tsc, a native program) no
// longer has; the workspace holds TypeScript 5.9 for it. npm places ts-api-utils (one of the
// parser's packages) at the top, where `typescript` would be version 7, so every `typescript`
// the linter asks for is answered with the workspace's 5.9. Nothing else loads TypeScript as a
// library: tsc runs as its own program.
import Module from 'node:module';
import path from 'node:path';

type Resolve = (request: string, ...rest: unknown[]) => string;
const modules = Module as unknown as { _resolveFilename: Resolve };
const resolve = modules._resolveFilename;
const typescript5 = path.join(import.meta.dirname, 'tools/lint/node_modules/typescript/lib/typescript.js');
modules._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? typescript5 : request, ...rest);
};

export default (await import('./tools/lint/eslint.config')).default;
