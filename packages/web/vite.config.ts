import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    // precompressed .br and .gz beside each asset: the server sends them as they are (slow links)
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
