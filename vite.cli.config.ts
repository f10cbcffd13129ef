import { defineConfig } from 'vite';

// The command line: src/cli/main.ts -> dist-cli/plainly.js, an ES module for Node with the model inlined,
// and linkedom with it: loading linkedom's hundred-odd modules at start-up took 0.13 s of 0.2.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'plainly.js', format: 'es' } },
  },
  ssr: { noExternal: true },
});
