/** The part of pngjs (installed, untyped) the export test uses: decode a PNG file synchronously. */
declare module 'pngjs' {
  export const PNG: {
    sync: { read(buffer: Uint8Array): { width: number; height: number; data: Uint8Array } };
  };
}
