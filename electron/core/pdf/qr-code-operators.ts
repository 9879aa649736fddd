import QRCode from 'qrcode';

/**
 * Vector operators painting `text` as a QR code (error correction M) in the square
 * (x, y, size): crisp at any printer resolution, and one path however many modules it has.
 */
export function qrCodeOperators(text: string, x: number, y: number, size: number): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const module = size / count;
  const rects: string[] = [];
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col++;
      // Row 0 is the top of the code; PDF y grows upwards.
      const top = y + size - (row + 1) * module;
      rects.push(`${fmt(x + start * module)} ${fmt(top)} ${fmt((col - start) * module)} ${fmt(module)} re`);
    }
  }
  return `q 0 0 0 rg ${rects.join(' ')} f Q`;
}

function fmt(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
