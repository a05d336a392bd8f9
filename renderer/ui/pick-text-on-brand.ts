/**
 * Picks white or near-black text for a brand colour background, whichever meets WCAG AA (4.5:1).
 *
 * The client schema promises brand colours dark enough for white text; this keeps a client whose
 * colour breaks that promise readable instead of failing the contrast audit.
 */
const WHITE = '#ffffff';
const INK = '#111827';

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** `color` is `#rrggbb` (ClientSchema); anything else gets ink text on the neutral fallback. */
export function pickTextOnBrand(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return INK;
  const contrastWithWhite = 1.05 / (luminance(color) + 0.05);
  return contrastWithWhite >= 4.5 ? WHITE : INK;
}
