/** Points are shown with at most two decimals and no trailing zeros: 2.5, 0.75, 10. */
export function formatPoints(points: number): string {
  return (Math.round(points * 100) / 100).toString();
}
