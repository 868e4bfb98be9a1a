// Type of a `.wasm` import: esbuild's binary loader turns the file into its bytes.
declare module '*.wasm' {
  const bytes: Uint8Array;
  export default bytes;
}
