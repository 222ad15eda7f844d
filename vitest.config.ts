import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The CLI bundles the sample workbooks as text (esbuild's text loader, see cli/templates.ts);
  // the same here, so that tests may import the CLI's modules in-process.
  plugins: [
    {
      name: 'creditstack-text',
      load(id) {
        if (!id.endsWith('.creditstack')) return null;
        return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
