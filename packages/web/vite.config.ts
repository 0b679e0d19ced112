import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    // precompressed .br and .gz beside each asset: the server sends them as they are (slow links)
    // (every script, the few-byte chunks too: the server then never sends one uncompressed)
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 0, skipIfLargerOrEqual: false }),
  ],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    rolldownOptions: {
      // antd marks its modules free of side effects (tree-shaken per component); the @rc-component
      // packages under it do not say so, and a screen using an input would carry the whole form
      // library: they are declared pure here (they only define components and hooks)
      treeshake: {
        moduleSideEffects: [{ test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }],
      },
      output: {
        // Each screen is its own chunk (router.tsx loads it when opened); the libraries every screen
        // needs are chunks of their own, whose names and hashes stay put when only the app changes,
        // so a phone that cached them downloads just the app's few kilobytes after an update.
        // antd is left to the bundler: split per component, each screen carries what it uses.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/, priority: 2 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
