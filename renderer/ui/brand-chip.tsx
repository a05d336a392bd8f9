/** A client's name on its brand colour, so the rep always knows whose member is on screen. */
import { brandStyle } from './brand-style';

/** The client's display name and brand colour (#rrggbb). */
export interface BrandChipProps {
  readonly name: string;
  readonly color: string;
}

/** Renders the chip. */
export function BrandChip({ name, color }: BrandChipProps) {
  return (
    <span className="brand-chip" style={brandStyle(color)}>
      {name}
    </span>
  );
}
