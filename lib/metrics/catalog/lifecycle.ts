import type { MetricEntry } from "./definition";
import { STAGES, FUNNEL_COHORT } from "./notes";

/** The lifecycle metrics of the glossary. */
export const LIFECYCLE_METRICS = [
  {
    key: "funnel_reached",
    name: "Reached (funnel)",
    family: "lifecycle",
    unit: "count",
    polarity: "higher_is_better",
    short: "Cohort customers who reached a stage: an event at it or at any later non-churn stage.",
    formula: "reached(k) = cohort customers with an event at k or at any later non-churn stage",
    good: "Most of the cohort reaches early_adoption and beyond.",
    bad: "Sharp drops between consecutive stages.",
    notes: [STAGES, FUNNEL_COHORT, "Skipped stages count as reached. The churn row's reached = cohort customers with a churn event."],
  },
  {
    key: "funnel_conversion",
    name: "Stage conversion",
    family: "lifecycle",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Share of the cohort that reached the previous stage and also reached this one.",
    formula: "conversion(k) = reached(k) ÷ reached(k−1) × 100, within the cohort",
    good: "High at every step, especially onboarding → implementation → early_adoption.",
    bad: "A step with a much lower rate: that is where customers stall.",
    notes: [FUNNEL_COHORT, "Null for awareness (no previous stage) and for churn."],
  },
  {
    key: "median_days_in_stage",
    name: "Median days in stage",
    family: "lifecycle",
    unit: "days",
    polarity: "lower_is_better",
    short: "Median days from first entering a stage to first entering any later stage.",
    formula:
      "median over customers with an event at k and a later non-churn event, of days from first entry into k to first entry into any later stage",
    good: "Short and stable: customers move on quickly.",
    bad: "Long or growing: customers get stuck.",
    notes: [
      FUNNEL_COHORT,
      "The later event must be at a later non-churn stage and dated at or after the first entry into k; exact elapsed days.",
      "Customers without such an event are left out. Null for retention (no later stage) and for churn.",
    ],
  },
  {
    key: "current_stage",
    name: "Current stage",
    family: "lifecycle",
    unit: "count",
    polarity: "neutral",
    short: "Customers whose latest lifecycle event is at this stage (all filtered customers, not only the cohort).",
    formula: "current(k) = customers whose latest event is at stage k",
    good: "Most customers in growth and retention.",
    bad: "Many customers parked in onboarding or implementation.",
    notes: ["On a tie in time the later stage wins (churn last)."],
  },
  {
    key: "time_to_value_days",
    name: "Time to value (days)",
    family: "lifecycle",
    unit: "days",
    polarity: "lower_is_better",
    short: "Median days from signup to early adoption, for customers who signed up in the period.",
    formula:
      "median over customers who signed up in the period and reached early_adoption, of days from signup_date to their first early_adoption event",
    good: "Days to a few weeks, and falling.",
    bad: "Months, or rising: onboarding is slow.",
    notes: [
      "Skipped stages count: the value date is the first event at early_adoption or any later non-churn stage.",
      "Days are counted from signup_date 00:00Z.",
    ],
    disagreements:
      "Time to value is also defined as time to first login, first key action or go-live. Keel uses the lifecycle stage early_adoption so it follows your own stage data.",
  },
] as const satisfies readonly MetricEntry<"lifecycle">[];
