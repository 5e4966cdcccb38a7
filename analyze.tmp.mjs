import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, metafile: true, format: 'iife', target: 'chrome120',
  alias: { '@': '/work/main' }, jsx: 'automatic', jsxImportSource: 'preact', define: { 'import.meta.env.BROWSER': '"chrome"' },
  plugins: [{ name: 'stub', setup(b) { b.onResolve({ filter: /\?inline$/ }, (a) => ({ path: a.path.replace('?inline',''), namespace: 'css' })); b.onLoad({ filter: /.*/, namespace: 'css' }, (a) => ({ contents: require('fs').readFileSync('/work/main/components/' + a.path.replace('./',''), 'utf8'), loader: 'text' })); b.onResolve({ filter: /^wxt\// }, (a) => ({ path: a.path, namespace: 'stub' })); b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {}; export const ContentScriptContext = class {};' })); } }] });
const out = Object.values(r.metafile.outputs)[0];
const groups = {};
for (const [file, info] of Object.entries(out.inputs)) { const g = file.replace(/node_modules\/([^/]+)\/.*/, 'npm:$1'); groups[g] = (groups[g] ?? 0) + info.bytesInOutput; }
for (const [g, b] of Object.entries(groups).sort((a, b) => b[1] - a[1])) console.log(String(b).padStart(7), g);
console.log('total', r.outputFiles[0].text.length, 'gzip', gzipSync(r.outputFiles[0].text, {level:9}).length);
