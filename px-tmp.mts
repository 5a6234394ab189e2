import { readFileSync } from 'node:fs';
import { decodePng } from './tests/e2e/pixels';
const [file, ...pts] = process.argv.slice(2);
const { width, height, rgba } = decodePng(readFileSync(file!));
for (const p of pts) { const [fx, fy] = p.split(',').map(Number); const x = Math.round(fx! * width), y = Math.round(fy! * height); const o = (y * width + x) * 4; console.log(p, rgba[o], rgba[o+1], rgba[o+2]); }
