/** The readings boards use for a rate measured over a period: its monthly average and its annualised form. */

/** Mean of the monthly rates (percent), months with a null rate skipped, as customer lifetime reads them; null when none. */
export function monthlyAverage(monthlyRates: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const rate of monthlyRates) {
    if (rate === null || !Number.isFinite(rate)) continue;
    sum += rate;
    n++;
  }
  return n === 0 ? null : sum / n;
}

/** A monthly rate (percent) compounded over twelve months: (1 − (1 − m)^12) × 100, so 1%/mo reads 11.4% a year. */
export function annualised(monthlyRate: number | null): number | null {
  if (monthlyRate === null || !Number.isFinite(monthlyRate)) return null;
  return (1 - (1 - monthlyRate / 100) ** 12) * 100;
}

export interface ChurnReadings {
  monthly_avg: number | null;
  annualised: number | null;
}

/** Monthly average of a churn rate's monthly series and that average annualised. */
export function churnReadings(monthlyRates: readonly (number | null)[]): ChurnReadings {
  const avg = monthlyAverage(monthlyRates);
  return { monthly_avg: avg, annualised: annualised(avg) };
}

/** The window a period-long rate covers, e.g. "over 12 mo". */
export function periodWindow(months: number): string {
  return `over ${months} mo`;
}
