/** Notes several metrics of the glossary share. */

export const PERIOD_DEFAULT =
  "Without from/to, the period is the 12 months ending with the latest month that has data: the latest month of any date in any import (subscription start or end dates, signup dates, lifecycle events, costs, surveys, tickets, usage).";
export const EXACT_MONEY =
  "MRR is computed exactly: amounts are kept as integers (1/10,000 of a major unit per year of revenue), so sums never drift and the movement bridge balances to the cent.";
export const HISTORY = "MRR history always uses all data, whatever the period: new vs reactivation and cohorts need the past.";
export const COHORT =
  "The cohort is the customers active at the start snapshot, i.e. at the end of the month before `from`; s is their MRR then, e their MRR at the end of `to`.";
export const FILTERS =
  "Segment, CSM and plan filters use the customer's own columns (customers.csv), not a subscription's plan. Customers without a segment read as \"No segment\" on screen and in exports; the API calls that segment `Unassigned` (`segment=Unassigned` selects them).";
export const MONTHLY_SERIES = "The monthly series uses the same formula with a one-month period (from = to = m).";
export const CHURN_READINGS =
  'Readings: the value is over the whole period (the tile says "over 12 mo"), so it grows with the period\'s length. The tile also gives the monthly avg (the mean of the period\'s one-month rates, months without a cohort skipped) and annualised = 1 − (1 − monthly avg)^12, compounded, not × 12: 1% a month is 11.4% a year. Compare "a month" benchmarks with the monthly avg, "a year" ones with the annualised figure.';
export const TRAILING_12 =
  'Readings: boards quote it over a trailing 12 months. With a 12-month period the value is exactly that (the tile says "trailing 12 mo"); with another period the tile shows the period\'s value ("over 6 mo") and the trailing 12 months ending with `to` beside it.';
export const COST_ALLOCATION =
  "A cost row with a blank segment is split over segments (customers without a segment included) in proportion to that month's active customers of all customers, whatever the filter; with none active it stays unallocated and counts only overall.";
export const COST_FILTER =
  "With a segment filter: the segment's tagged rows plus its share of blank rows. With a CSM or plan filter: each segment's monthly cost is carried per head by its active customers, and the filter takes its own customers' shares.";
export const SURVEY_WINDOW =
  "Responses dated inside the period: an instant in [first day of `from` 00:00Z, first day after `to` 00:00Z). Responses with no customer count only when no filter is set.";
export const TICKET_WINDOW =
  "Tickets created inside the period: [first day of `from` 00:00Z, first day after `to` 00:00Z). Tickets with no customer count only when no filter is set.";
export const P90 = "The UI also shows the p90, by linear interpolation between closest ranks (like Excel PERCENTILE.INC, numpy's default).";
export const STAGES =
  "Stages in order: awareness, acquisition, onboarding, implementation, early_adoption, growth, retention; churn stands apart.";
export const FUNNEL_COHORT =
  "Funnel cohort = filtered customers whose earliest lifecycle event (any stage, churn included) falls inside the period; their events after `to` still count.";
export const HEALTH_SCOPE =
  'Only customers active at `to` are scored; "today" is the last day of `to` and the 90- and 180-day windows end at the end of that day.';
