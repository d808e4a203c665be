const whole = new Intl.NumberFormat();
const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/** A count with digit grouping ("12,480"), or compact ("12.5K") where space is short. */
export function formatCount(value: number, style: 'whole' | 'compact' = 'whole'): string {
  return (style === 'compact' && value >= 10_000 ? compact : whole).format(value);
}
