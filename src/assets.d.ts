// esbuild bundles CSS imports into <page>.css and SVG imports as text.
declare module '*.css';
declare module '*.svg' {
  const text: string;
  export default text;
}
