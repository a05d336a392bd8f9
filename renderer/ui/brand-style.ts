/** Sets a client's brand colour as CSS custom properties through the CSSOM (allowed by the CSP, unlike style attributes in HTML). */
import type { CSSProperties } from 'react';
import { pickTextOnBrand } from './pick-text-on-brand';

declare module 'react' {
  interface CSSProperties {
    '--brand'?: string;
    '--on-brand'?: string;
  }
}

const NEUTRAL = '#4b5563';

/** `--brand` for accents and backgrounds, `--on-brand` for text drawn on it. */
export function brandStyle(color: string): CSSProperties {
  const brand = /^#[0-9a-f]{6}$/i.test(color) ? color : NEUTRAL;
  return { '--brand': brand, '--on-brand': pickTextOnBrand(brand) };
}
