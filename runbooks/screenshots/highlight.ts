// The callout on a documentation picture: a box around the control the step uses and the step's
// number in a badge at its corner, drawn onto the PNG after capture (the page is never touched
// for it). Magenta with a white edge on both sides reads on light and dark portals and in
// grey-scale print.
import { PNG } from 'pngjs';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const INK: [number, number, number] = [0xc3, 0x00, 0x52];
const EDGE: [number, number, number] = [0xff, 0xff, 0xff];

// 5×7 digits, one string per row ("#" = ink): no font library, the same pixels everywhere.
const DIGITS: Record<string, string[]> = {
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['####.', '....#', '....#', '.###.', '....#', '....#', '####.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
};

function paint(png: PNG, x: number, y: number, color: [number, number, number]): void {
  if (x < 0 || y < 0 || x >= png.width || y >= png.height) return;
  const at = (png.width * y + x) << 2;
  png.data[at] = color[0];
  png.data[at + 1] = color[1];
  png.data[at + 2] = color[2];
  png.data[at + 3] = 255;
}

function fillRect(png: PNG, x: number, y: number, width: number, height: number, color: [number, number, number]): void {
  for (let row = Math.round(y); row < Math.round(y + height); row += 1) {
    for (let col = Math.round(x); col < Math.round(x + width); col += 1) paint(png, col, row, color);
  }
}

function frame(png: PNG, box: Box, thickness: number, color: [number, number, number]): void {
  fillRect(png, box.x, box.y, box.width, thickness, color);
  fillRect(png, box.x, box.y + box.height - thickness, box.width, thickness, color);
  fillRect(png, box.x, box.y, thickness, box.height, color);
  fillRect(png, box.x + box.width - thickness, box.y, thickness, box.height, color);
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** Draws the box (in image pixels) and the badge numbered `step`; `scale` sizes the strokes. */
export function drawHighlight(png: PNG, box: Box, step: number, scale: number): void {
  const line = 3 * scale;
  const edge = scale;
  // A control at the picture's edge (a menu item) keeps its whole box in the picture.
  const wanted = grow(box, 4 * scale);
  const x = Math.max(edge, wanted.x);
  const y = Math.max(edge, wanted.y);
  const around = { x, y, width: Math.min(png.width - edge, wanted.x + wanted.width) - x, height: Math.min(png.height - edge, wanted.y + wanted.height) - y };
  frame(png, grow(around, edge), line + 2 * edge, EDGE);
  frame(png, around, line, INK);
  const text = String(step);
  const dot = 2 * scale;
  const textWidth = text.length * 6 * dot - dot;
  const badge = { width: textWidth + 8 * scale, height: 7 * dot + 8 * scale };
  // At the box's top-left corner, kept inside the picture.
  const bx = Math.min(Math.max(0, around.x - badge.width / 2), png.width - badge.width);
  const by = Math.min(Math.max(0, around.y - badge.height / 2), png.height - badge.height);
  fillRect(png, bx - edge, by - edge, badge.width + 2 * edge, badge.height + 2 * edge, EDGE);
  fillRect(png, bx, by, badge.width, badge.height, INK);
  [...text].forEach((digit, index) => {
    DIGITS[digit]!.forEach((row, r) => {
      [...row].forEach((cell, c) => {
        if (cell === '#') fillRect(png, bx + 4 * scale + index * 6 * dot + c * dot, by + 4 * scale + r * dot, dot, dot, EDGE);
      });
    });
  });
}
