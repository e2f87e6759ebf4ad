/** What one staff file may be (ADR 0031): far above a municipality's staff list, far below what hurts the server. */
export const IMPORT_LIMITS = {
  /** The file as uploaded; a 2,000-row CSV is about 150 kB. */
  fileBytes: 5 * 1024 * 1024,
  /** Rows of people in one file. */
  rows: 5_000,
  /** An .xlsx's parts together once unpacked, as its zip directory states them, before anything is inflated. */
  unpackedBytes: 50 * 1024 * 1024,
  /** How many times smaller than its content a zipped part may be: spreadsheets compress about 10:1, bombs 1000:1. */
  compressionRatio: 200,
  /** Parts in an .xlsx: a workbook has a few dozen. */
  zipEntries: 500,
  /** Accepted rows the browser sends per request while it stages an import. */
  chunkRows: 250,
} as const;
