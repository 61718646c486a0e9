// A QR code's dark modules as one SVG path (horizontal runs), so the code draws as a single element. Pure.

/** SVG path data for the true cells of `modules` (rows of booleans), one unit per module. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1] === true) end++;
      parts.push(`M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`);
      x = end;
    }
  });
  return parts.join('');
}
