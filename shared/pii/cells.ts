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

/** Throws unless `holds`: what a decoder checks so that a damaged table is compiled instead. */
export const expectCells = (holds: boolean, what: string): void => {
  if (!holds) throw new ClassificationError(`${what}: damaged prebuilt table`);
};
