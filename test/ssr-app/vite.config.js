import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds only the browser script: the Node server writes the HTML, so there is no index.html and no public folder.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: 'client.js',
      // A fixed name for the entry, so the server's <script> tag need not change; the chunks keep their hashes.
      output: { entryFileNames: 'assets/client.js' }
    }
  }
});
