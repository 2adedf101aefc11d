import { IMAGE_MAX_BYTES } from './api.js';

/**
 * A picture WeCom takes: at most 2 MB before base64 ("图片（base64编码前）最大不能超过2M"). A
 * bulletin card is a PNG of 250-450 KB (1080 px wide, at most 4000 px tall), so this is a fence:
 * a larger picture is scaled down (averaging each block of pixels) and compressed harder until it
 * fits. pngjs (pure JavaScript) is loaded only then.
 */
export async function fitImage(png: Buffer, maxBytes = IMAGE_MAX_BYTES): Promise<Buffer> {
  if (png.length <= maxBytes) return png;
  const { PNG } = (await import('pngjs')).default;
  const source = PNG.sync.read(png);
  let scale = Math.sqrt(maxBytes / png.length) * 0.9;
  for (let attempt = 0; attempt < 6; attempt++) {
    const small = shrink(source, scale);
    const out = PNG.sync.write(Object.assign(new PNG({ width: small.width, height: small.height }), { data: small.data }), {
      deflateLevel: 9,
      colorType: 2,
      inputHasAlpha: true,
    });
    if (out.length <= maxBytes) return out;
    scale *= Math.max(0.5, Math.sqrt(maxBytes / out.length) * 0.9);
  }
  throw new Error(`the picture cannot be brought under ${maxBytes} bytes`);
}

interface Bitmap {
  width: number;
  height: number;
  data: Buffer;
}

/** The picture at `scale` (0 < scale < 1) of its size, each pixel the average of the block it covers, on white. */
function shrink(src: Bitmap, scale: number): Bitmap {
  const width = Math.max(1, Math.floor(src.width * scale));
  const height = Math.max(1, Math.floor(src.height * scale));
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * src.height) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * src.height) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * src.width) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * src.width) / width));
      let r = 0, g = 0, b = 0;
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * src.width + sx) * 4;
          const a = src.data[i + 3]! / 255; // transparent parts come out white, as the card's background
          r += src.data[i]! * a + 255 * (1 - a);
          g += src.data[i + 1]! * a + 255 * (1 - a);
          b += src.data[i + 2]! * a + 255 * (1 - a);
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * width + x) * 4;
      data[o] = Math.round(r / n);
      data[o + 1] = Math.round(g / n);
      data[o + 2] = Math.round(b / n);
      data[o + 3] = 255;
    }
  }
  return { width, height, data };
}
