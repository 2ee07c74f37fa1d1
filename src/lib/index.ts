// The public face of src/lib: other layers import only from here.
export { canonicalJson, hashString, hashValue } from './hash.ts';
export { PALETTE, mix } from './palette.ts';
export { hasControl, visible, visibleLines } from './visible.ts';
