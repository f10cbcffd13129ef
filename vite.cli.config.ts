import { defineConfig } from 'vite';

// The command line: src/cli/main.ts -> dist-cli/plainly.js, an ES module for Node with the model inlined.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'plainly.js', format: 'es' } },
  },
  ssr: { noExternal: [] },
});
