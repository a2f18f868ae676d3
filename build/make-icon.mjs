// Draws build/icon.png (1024×1024): three inspection lanes converging through one gate, on a
// rounded navy tile. Run `node build/make-icon.mjs` after changing it; electron-builder
// derives the .ico/.icns and Linux sizes from this one PNG.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const size = 1024;
const png = new PNG({ width: size, height: size });
const navy = [22, 48, 92];
const lane = [235, 242, 250];
const gate = [246, 178, 38];
const radius = 190;

function inRoundedSquare(x, y) {
  const m = 40;
  const cx = Math.min(Math.max(x, m + radius), size - m - radius);
  const cy = Math.min(Math.max(y, m + radius), size - m - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= m && y >= m && x < size - m && y < size - m;
}

for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    let color = null;
    if (inRoundedSquare(x, y)) {
      color = navy;
      // Three lanes from the left converge on the gate at x≈640.
      for (const startY of [300, 512, 724]) {
        const t = Math.min(x / 640, 1);
        const centre = startY + (512 - startY) * t * t;
        if (x > 150 && x < 900 && Math.abs(y - centre) < 34 - 12 * t) color = lane;
      }
      if (x > 610 && x < 670 && y > 360 && y < 664) color = gate;
    }
    const i = (y * size + x) * 4;
    png.data[i] = color?.[0] ?? 0;
    png.data[i + 1] = color?.[1] ?? 0;
    png.data[i + 2] = color?.[2] ?? 0;
    png.data[i + 3] = color === null ? 0 : 255;
  }
}
writeFileSync(new URL('./icon.png', import.meta.url), PNG.sync.write(png));
console.log('Wrote build/icon.png');
