import { ClassificationError } from '../errors.js';

/** One more than the largest value a cell holds. */
export const CELL_LIMIT = 65_536;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Cells of 0 to 65535 as base64 of little-endian 16-bit words: how prebuilt tables ship. */
export const encodeCells = (cells: readonly number[], what: string): string => {
  if (cells.some((cell) => !Number.isInteger(cell) || cell < 0 || cell >= CELL_LIMIT)) {
    throw new ClassificationError(`${what} outgrew 16-bit cells`);
  }
  const bytes = Buffer.alloc(cells.length * 2);
  cells.forEach((cell, i) => {
    bytes.writeUInt16LE(cell, 2 * i);
  });
  return bytes.toString('base64');
};

/** What encodeCells wrote, as 16-bit words: one native copy on a little-endian machine. */
export const decodeCells = (encoded: string): Uint16Array => {
  const bytes = Buffer.from(encoded, 'base64');
  return LITTLE_ENDIAN
    ? new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
    : Uint16Array.from({ length: bytes.byteLength / 2 }, (_, i) => bytes.readUInt16LE(2 * i));
};

/** One more than the largest value a wide cell holds: 16 bits, and a seventeenth in a plane. */
export const WIDE_CELL_LIMIT = 131_072;
const LOW_BITS = 0xffff;
const PER_PLANE_WORD = 16;
const HEADER = 2;

/**
 * Cells of 0 to 131071, for a table with more than 65536 states: their count (two words), the low
 * 16 bits of each, then each cell's seventeenth bit, sixteen to a word; a sixteenth more than
 * encodeCells, not twice as much.
 */
export const encodeWideCells = (cells: readonly number[], what: string): string => {
  if (cells.some((cell) => !Number.isInteger(cell) || cell < 0 || cell >= WIDE_CELL_LIMIT)) {
    throw new ClassificationError(`${what} outgrew 17-bit cells`);
  }
  const plane = new Array<number>(Math.ceil(cells.length / PER_PLANE_WORD)).fill(0);
  const low = cells.map((cell, i) => {
    if (cell > LOW_BITS) {
      const word = Math.floor(i / PER_PLANE_WORD);
      plane[word] = (plane[word] as number) | (1 << (i % PER_PLANE_WORD));
    }
    return cell & LOW_BITS;
  });
  return encodeCells(
    [cells.length & LOW_BITS, Math.floor(cells.length / CELL_LIMIT), ...low, ...plane],
    what,
  );
};

/** What encodeWideCells wrote, as 32-bit words; throws (see expectCells) if the count is off. */
export const decodeWideCells = (encoded: string, what: string): Uint32Array => {
  const words = decodeCells(encoded);
  const count =
    words.length >= HEADER ? (words[0] as number) + (words[1] as number) * CELL_LIMIT : -1;
  expectCells(
    count >= 0 && words.length === HEADER + count + Math.ceil(count / PER_PLANE_WORD),
    what,
  );
  const cells = Uint32Array.from(words.subarray(HEADER, HEADER + count));
  const plane = HEADER + count;
  for (let word = 0; word * PER_PLANE_WORD < count; word++) {
    let bits = words[plane + word] as number;
    while (bits !== 0) {
      const bit = 31 - Math.clz32(bits);
      cells[word * PER_PLANE_WORD + bit] =
        (cells[word * PER_PLANE_WORD + bit] as number) | CELL_LIMIT;
      bits ^= 1 << bit;
    }
  }
  return cells;
};

/** Throws unless `holds`: what a decoder checks so that a damaged table is compiled instead. */
export const expectCells = (holds: boolean, what: string): void => {
  if (!holds) throw new ClassificationError(`${what}: damaged prebuilt table`);
};
