/** Linear-interpolated quantile, as most benchmark reports use; q = 0.5 is the median. */
export function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
}

export const median = (xs: number[]) => quantile(xs, 0.5);
