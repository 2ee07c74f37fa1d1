// The colours the canvas art shares with the DOM layer (see styles.css).
export const PALETTE = {
  gold: 0xe2b04f,
  ink: 0xf4efe4,
  night: 0x0d0f14,
  // The third and fourth delegations (more than two only): amber and lilac, apart from the first two and the gold.
  side: [0x8bb4ea, 0x6fcfa6, 0xe6a86b, 0xc9a0e8] as const,
  warm: 0xf0a04b,
  cool: 0x8ec5ff,
  danger: 0xff6a4f,
  sea: 0x1f5f7a,
  seaDeep: 0x143f55,
} as const;

/** Mixes two 0xRRGGBB colours. */
export function mix(a: number, b: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const ch = (shift: number) => Math.round(((a >> shift) & 0xff) * (1 - k) + ((b >> shift) & 0xff) * k);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}
