// Sample workbooks are imported as text (esbuild `with { type: 'text' }`).
declare module '*.creditstack' {
  const text: string;
  export default text;
}
