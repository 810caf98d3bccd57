// Side by side, half size: to look at several screenshots at once.
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
const files = process.argv.slice(3);
const imgs = files.map((f) => PNG.sync.read(readFileSync(f)));
const scale = 2;
const w = imgs.reduce((s, i) => s + Math.floor(i.width / scale) + 10, 0);
const h = Math.max(...imgs.map((i) => Math.floor(i.height / scale)));
const out = new PNG({ width: w, height: h });
out.data.fill(255);
let x0 = 0;
for (const img of imgs) {
  for (let y = 0; y < Math.floor(img.height / scale); y++)
    for (let x = 0; x < Math.floor(img.width / scale); x++) {
      const si = (y * scale * img.width + x * scale) * 4,
        di = (y * w + x0 + x) * 4;
      for (let k = 0; k < 4; k++) out.data[di + k] = img.data[si + k];
    }
  x0 += Math.floor(img.width / scale) + 10;
}
writeFileSync(process.argv[2], PNG.sync.write(out));
