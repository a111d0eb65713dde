/** Every metric Keel shows, as ../shared/METRICS.md defines it: the glossary page, tooltips and chart footnotes read this. */

export type Polarity = "higher_is_better" | "lower_is_better" | "neutral";
export type MetricUnit = "money" | "percent" | "count" | "ratio" | "months" | "days" | "hours" | "score";
export type MetricFamily =
  | "revenue"
  | "retention"
  | "unit_economics"
  | "cost_to_carry"
  | "surveys"
  | "support"
  | "lifecycle"
  | "health";

export interface MetricDefinition {
  key: string;
  name: string;
  family: MetricFamily;
  unit: MetricUnit;
  polarity: Polarity;
  short: string;
  formula: string;
  good: string;
  bad: string;
  notes?: string[];
  disagreements?: string;
}

export const FAMILY_LABELS: Record<MetricFamily, string> = {
  revenue: "Revenue",
  retention: "Retention",
  unit_economics: "Unit economics",
  cost_to_carry: "Cost to carry",
  surveys: "Surveys",
  support: "Support",
  lifecycle: "Lifecycle",
  health: "Health",
};

export const FAMILY_ORDER: readonly MetricFamily[] = [
  "revenue",
  "retention",
  "unit_economics",
  "cost_to_carry",
  "surveys",
  "support",
  "lifecycle",
  "health",
];

const PERIOD_DEFAULT =
  "Without from/to, the period is the 12 months ending with the latest month that has data: the latest month of any date in any import (subscription start or end dates, signup dates, lifecycle events, costs, surveys, tickets, usage).";
const EXACT_MONEY =
  "MRR is computed exactly: amounts are kept as integers (1/10,000 of a major unit per year of revenue), so sums never drift and the movement bridge balances to the cent.";
const HISTORY = "MRR history always uses all data, whatever the period: new vs reactivation and cohorts need the past.";
const COHORT =
  "The cohort is the customers active at the start snapshot, i.e. at the end of the month before `from`; s is their MRR then, e their MRR at the end of `to`.";
const FILTERS =
  "Segment, CSM and plan filters use the customer's own columns (customers.csv), not a subscription's plan. Customers without a segment read as \"No segment\" on screen and in exports; the API calls that segment `Unassigned` (`segment=Unassigned` selects them).";
const MONTHLY_SERIES = "The monthly series uses the same formula with a one-month period (from = to = m).";
const CHURN_READINGS =
  "Readings: the value is over the whole period (the tile says \"over 12 mo\"), so it grows with the period's length. The tile also gives the monthly avg (the mean of the period's one-month rates, months without a cohort skipped) and annualised = 1 − (1 − monthly avg)^12, compounded, not × 12: 1% a month is 11.4% a year. Compare \"a month\" benchmarks with the monthly avg, \"a year\" ones with the annualised figure.";
const TRAILING_12 =
  "Readings: boards quote it over a trailing 12 months. With a 12-month period the value is exactly that (the tile says \"trailing 12 mo\"); with another period the tile shows the period's value (\"over 6 mo\") and the trailing 12 months ending with `to` beside it.";
const COST_ALLOCATION =
  "A cost row with a blank segment is split over segments (customers without a segment included) in proportion to that month's active customers of all customers, whatever the filter; with none active it stays unallocated and counts only overall.";
const COST_FILTER =
  "With a segment filter: the segment's tagged rows plus its share of blank rows. With a CSM or plan filter: each segment's monthly cost is carried per head by its active customers, and the filter takes its own customers' shares.";
const SURVEY_WINDOW =
  "Responses dated inside the period: an instant in [first day of `from` 00:00Z, first day after `to` 00:00Z). Responses with no customer count only when no filter is set.";
const TICKET_WINDOW =
  "Tickets created inside the period: [first day of `from` 00:00Z, first day after `to` 00:00Z). Tickets with no customer count only when no filter is set.";
const P90 =
  "The UI also shows the p90, by linear interpolation between closest ranks (like Excel PERCENTILE.INC, numpy's default).";
const STAGES = "Stages in order: awareness, acquisition, onboarding, implementation, early_adoption, growth, retention; churn stands apart.";
const FUNNEL_COHORT =
  "Funnel cohort = filtered customers whose earliest lifecycle event (any stage, churn included) falls inside the period; their events after `to` still count.";
const HEALTH_SCOPE =
  "Only customers active at `to` are scored; \"today\" is the last day of `to` and the 90- and 180-day windows end at the end of that day.";

export const METRIC_CATALOG: readonly MetricDefinition[] = [
  // Revenue
  {
    key: "subscription_mrr",
    name: "Subscription MRR",
    family: "revenue",
    unit: "money",
    polarity: "higher_is_better",
    short: "A subscription's monthly recurring revenue: its amount divided by the months its billing period covers.",
    formula:
      "amount ÷ months(billing_period), month = 1, quarter = 3, year = 12; active in m when start_date ≤ last day of m and (end_date blank or end_date > last day of m)",
    good: "Steady or rising as plans renew and upgrade.",
    bad: "Falling as subscriptions end or move to cheaper plans.",
    notes: [
      "end_date is the first day without service.",
      "A subscription that starts and ends inside one month is never active (snapshots are at month end).",
      "billing_period is case-insensitive; blank means month.",
      EXACT_MONEY,
    ],
    disagreements:
      "Some tools count a subscription from the day it starts (daily proration) or normalise annual deals to 1/12 only after payment. Keel uses month-end snapshots and normalises by billing period at signature, so a month's MRR never depends on the day of the month it is read.",
  },
  {
    key: "mrr",
    name: "Monthly recurring revenue (MRR)",
    family: "revenue",
    unit: "money",
    polarity: "higher_is_better",
    short: "Sum of the MRR of every subscription active at the month-end snapshot.",
    formula: "MRR(c, m) = sum of the MRR of c's subscriptions active in m; MRR(m) = sum over customers of MRR(c, m)",
    good: "Growing month over month; a healthy early-stage company often adds 10–20% a month.",
    bad: "Flat or shrinking: losses match or outrun new and expansion revenue.",
    notes: ["The summary value is at `to` (the end snapshot).", EXACT_MONEY, PERIOD_DEFAULT],
    disagreements:
      "Some sources include one-off fees, usage overages or discounts differently. Keel counts only recurring subscription amounts, as imported.",
  },
  {
    key: "arr",
    name: "Annual recurring revenue (ARR)",
    family: "revenue",
    unit: "money",
    polarity: "higher_is_better",
    short: "MRR at the month-end snapshot multiplied by 12.",
    formula: "ARR = MRR × 12",
    good: "Growing; the headline number for board decks and valuation.",
    bad: "Shrinking, or growing slower than costs.",
    notes: ["The summary value is at `to`."],
    disagreements:
      "Some companies report ARR as the sum of annual contract values only. Keel derives it from MRR so monthly and annual plans add up the same way.",
  },
  {
    key: "active_customers",
    name: "Active customers",
    family: "revenue",
    unit: "count",
    polarity: "higher_is_better",
    short: "Customers with MRR above zero at the month-end snapshot.",
    formula: "count of customers c with MRR(c, m) > 0",
    good: "Growing as new customers arrive and few leave.",
    bad: "Shrinking: logos churn faster than they are won.",
    notes: ["The summary value is at `to`.", "A customer with only free (amount 0) subscriptions is not active."],
  },
  {
    key: "arpa",
    name: "Average revenue per account (ARPA)",
    family: "revenue",
    unit: "money",
    polarity: "higher_is_better",
    short: "MRR at the end of the period divided by the active customers then.",
    formula: "ARPA = MRR(to) ÷ active customers(to)",
    good: "Rising as customers expand or the company moves up-market.",
    bad: "Falling: discounting, downgrades or a shift to smaller customers.",
    notes: ["Null (shown —) when there are no active customers at `to`."],
    disagreements:
      "Many sources call this ARPU (average revenue per user). Keel says ARPA because it divides by paying accounts, not by seats or users.",
  },
  {
    key: "mrr_movements",
    name: "MRR movements",
    family: "revenue",
    unit: "money",
    polarity: "neutral",
    short: "The bridge from last month's MRR to this month's: new + reactivation + expansion − contraction − churn.",
    formula:
      "Per customer, p = MRR(c, m−1), q = MRR(c, m): new (p = 0, q > 0, never active before) = q; reactivation (p = 0, q > 0, active before m−1) = q; expansion (p > 0, q > p) = q − p; contraction (p > 0, 0 < q < p) = p − q; churn (p > 0, q = 0) = p. MRR(m) = MRR(m−1) + new + reactivation + expansion − contraction − churn",
    good: "New, reactivation and expansion together well above contraction and churn.",
    bad: "Contraction and churn eat most of what is added.",
    notes: [
      "The identity holds exactly for every month.",
      "Over a period, amounts and counts are sums over its months: a customer who churns twice counts twice.",
      HISTORY,
      EXACT_MONEY,
    ],
    disagreements:
      "Some tools net a customer's movements over the whole period or classify a returning customer as new. Keel classifies month by month and keeps reactivation separate from new.",
  },
  {
    key: "new_mrr",
    name: "New MRR",
    family: "revenue",
    unit: "money",
    polarity: "higher_is_better",
    short: "MRR from customers paying for the first time ever, summed over the period's months.",
    formula: "sum of q over customers with p = 0, q > 0 and MRR = 0 in every month before m",
    good: "Growing; the main engine of early growth.",
    bad: "Shrinking or volatile: acquisition is stalling.",
    notes: [HISTORY],
  },
  {
    key: "expansion_mrr",
    name: "Expansion MRR",
    family: "revenue",
    unit: "money",
    polarity: "higher_is_better",
    short: "MRR added by existing customers paying more than the month before (upsells, seats, cross-sells).",
    formula: "sum of q − p over customers with p > 0 and q > p",
    good: "A large and growing share of added MRR.",
    bad: "Near zero: customers never grow with you.",
  },
  {
    key: "contraction_mrr",
    name: "Contraction MRR",
    family: "revenue",
    unit: "money",
    polarity: "lower_is_better",
    short: "MRR lost from customers who stay but pay less than the month before (downgrades, fewer seats).",
    formula: "sum of p − q over customers with p > 0 and 0 < q < p",
    good: "Small next to expansion MRR.",
    bad: "Rising: customers are downgrading, often a step before churn.",
  },
  {
    key: "churned_mrr",
    name: "Churned MRR",
    family: "revenue",
    unit: "money",
    polarity: "lower_is_better",
    short: "MRR lost from customers whose MRR fell to zero this month.",
    formula: "sum of p over customers with p > 0 and q = 0",
    good: "Small and stable next to new and expansion MRR.",
    bad: "Rising, or larger than new MRR.",
  },
  {
    key: "reactivation_mrr",
    name: "Reactivation MRR",
    family: "revenue",
    unit: "money",
    polarity: "higher_is_better",
    short: "MRR from former customers who pay again after at least one month at zero.",
    formula: "sum of q over customers with p = 0, q > 0 and MRR > 0 in some month before m−1",
    good: "Win-backs bring back revenue that was lost.",
    bad: "Zero for a long time while churn is high: no win-back motion.",
    notes: [HISTORY],
    disagreements: "Some tools count a returning customer as new. Keel keeps them apart so new MRR measures acquisition only.",
  },
  {
    key: "new_customers",
    name: "New customers",
    family: "revenue",
    unit: "count",
    polarity: "higher_is_better",
    short: "Customers with a new movement (first MRR ever), summed over the period's months.",
    formula: "count of customers with a new movement, summed over months",
    good: "Growing steadily.",
    bad: "Falling: the top of the funnel or sales conversion is weakening.",
  },
  {
    key: "churned_customers",
    name: "Churned customers",
    family: "revenue",
    unit: "count",
    polarity: "lower_is_better",
    short: "Customers whose MRR fell to zero, summed over the period's months.",
    formula: "count of customers with a churn movement, summed over months",
    good: "Few, and fewer than new customers.",
    bad: "Rising, or more than new customers.",
    notes: ["A customer who churns twice in the period counts twice."],
  },
  {
    key: "reactivated_customers",
    name: "Reactivated customers",
    family: "revenue",
    unit: "count",
    polarity: "higher_is_better",
    short: "Former customers who started paying again, summed over the period's months.",
    formula: "count of customers with a reactivation movement, summed over months",
    good: "Some churned customers come back.",
    bad: "None while churn is high.",
  },
  {
    key: "loaded_arr_per_csm",
    name: "Loaded ARR per CSM",
    family: "revenue",
    unit: "money",
    polarity: "neutral",
    short: "ARR at the end snapshot of each CSM's active customers, with how many customers that is.",
    formula: "per csm: ARR = 12 × sum of MRR(c, to) over their active customers; customers = their count",
    good: "Balanced across the team and sized to the segment (more ARR per CSM in enterprise, more logos in SMB).",
    bad: "One CSM carrying far more ARR or logos than the rest: risk of neglected accounts.",
    notes: [
      "Lists each non-blank csm with at least one active filtered customer at `to`.",
      "Neither more nor less is better in itself: it is a capacity measure.",
    ],
  },
  // Retention
  {
    key: "cohort_retention",
    name: "Period cohort",
    family: "retention",
    unit: "count",
    polarity: "neutral",
    short: "The customers active at the start snapshot: the base that NRR, GRR, logo churn and CRR follow.",
    formula: "cohort = customers with MRR(c, month before from) > 0; s = MRR at the start snapshot, e = MRR at the end snapshot",
    good: "Large enough that one customer does not swing the rates.",
    bad: "A handful of customers: NRR, GRR and churn rates jump around.",
    notes: [COHORT, "Customers who join during the period are not in the cohort.", MONTHLY_SERIES],
    disagreements:
      "Cohort-by-signup-month tables (the classic retention triangle) group customers by when they joined. Keel's period cohort groups them by being active at the start, which is what NRR and GRR need.",
  },
  {
    key: "nrr",
    name: "Net revenue retention (NRR)",
    family: "retention",
    unit: "percent",
    polarity: "higher_is_better",
    short: "MRR at the end from customers active at the start, as a % of their starting MRR (expansion included).",
    formula: "NRR = sum(e) ÷ sum(s) × 100, over the cohort",
    good: "Above 100%: expansion outgrows losses; best-in-class B2B SaaS 110–120%+.",
    bad: "Below 90% for B2B SaaS (below ~80% for SMB): the base shrinks and growth depends on new sales.",
    notes: [COHORT, "NRR = GRR + Expansion MRR %.", MONTHLY_SERIES, TRAILING_12, FILTERS],
    disagreements:
      "Benchmarks usually quote NRR annually (a 12-month cohort); Keel computes it over whatever period you choose, so a monthly NRR of 99% is not comparable with an annual benchmark of 99%. Some sources include reactivated or new customers' revenue; Keel counts only the start cohort.",
  },
  {
    key: "grr",
    name: "Gross revenue retention (GRR)",
    family: "retention",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Starting MRR the cohort kept, ignoring expansion, as a % of its starting MRR. Never above 100%.",
    formula: "GRR = sum(min(e, s)) ÷ sum(s) × 100, over the cohort",
    good: "Above 90% annually for B2B SaaS; enterprise often 95%+.",
    bad: "Below 80%: the product leaks revenue no matter how much upsell covers it.",
    notes: [COHORT, MONTHLY_SERIES, TRAILING_12],
    disagreements:
      "Some tools compute GRR as (start − contraction − churn) ÷ start from period movement sums, which can double-count a customer who contracts then expands. Keel caps per customer (min(e, s)), so GRR never exceeds 100%.",
  },
  {
    key: "expansion_mrr_pct",
    name: "Expansion MRR %",
    family: "retention",
    unit: "percent",
    polarity: "higher_is_better",
    short: "MRR the cohort added above its starting MRR, as a % of its starting MRR.",
    formula: "Expansion MRR % = sum(max(0, e − s)) ÷ sum(s) × 100, over the cohort",
    good: "Large enough that NRR stays above 100%.",
    bad: "Near zero: no upsell or seat growth in the base.",
    notes: [COHORT, "NRR = GRR + Expansion MRR %."],
    disagreements:
      "Not the same as the sum of monthly expansion movements: it compares each cohort customer's end MRR with its start MRR only.",
  },
  {
    key: "mrr_churn_pct",
    name: "MRR churn % (gross revenue churn)",
    family: "retention",
    unit: "percent",
    polarity: "lower_is_better",
    short: "Starting MRR the cohort lost to contraction and churn, as a % of its starting MRR.",
    formula: "MRR churn % = 100 − GRR",
    good: "Under 1% a month (under ~10% a year) for B2B SaaS.",
    bad: "Above 2–3% a month: a third or more of revenue gone within a year.",
    notes: [COHORT, CHURN_READINGS],
    disagreements:
      "Revenue churn is sometimes reported net of expansion (that is Keel's net MRR churn %). Keel keeps gross and net apart.",
  },
  {
    key: "net_mrr_churn_pct",
    name: "Net MRR churn %",
    family: "retention",
    unit: "percent",
    polarity: "lower_is_better",
    short: "Starting MRR lost net of expansion; negative when expansion outgrows losses.",
    formula: "Net MRR churn % = 100 − NRR",
    good: "Negative (\"net negative churn\"): the base grows on its own.",
    bad: "Positive and rising.",
    notes: [COHORT, CHURN_READINGS, "Its monthly avg is the mean of each month's 100 − NRR of that month; negative annualised values compound too (−1% a month is −12.7% a year)."],
    disagreements:
      "Some sources divide period movement sums (churn + contraction − expansion) by starting MRR, counting expansion from customers who joined mid-period. Keel uses the start cohort only, so it is exactly 100 − NRR.",
  },
  {
    key: "logo_churn_rate",
    name: "Logo churn rate",
    family: "retention",
    unit: "percent",
    polarity: "lower_is_better",
    short: "Share of customers active at the start who are not active at the end of the period.",
    formula: "Logo churn rate = cohort customers not active at the end snapshot ÷ cohort size × 100",
    good: "Under 1% a month for mid-market and enterprise; 3–5% a month is common for SMB.",
    bad: "Above 5% a month: most of the base turns over within two years.",
    notes: [
      COHORT,
      "A cohort customer who left and came back before the end counts as retained.",
      MONTHLY_SERIES,
      CHURN_READINGS,
    ],
    disagreements:
      "Some formulas divide by the average or end customer count, or count every churn event in the period. Keel divides by the start count (the cohort), so customers won during the period never dilute the rate.",
  },
  {
    key: "crr",
    name: "Customer retention rate (CRR)",
    family: "retention",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Share of customers active at the start who are still active at the end of the period.",
    formula: "CRR = ((E − N) ÷ S) × 100; S = cohort size, E = active at the end snapshot, N = active at the end but not in the cohort",
    good: "Above 90–95% annually for B2B SaaS.",
    bad: "Below 80% annually.",
    notes: [COHORT, "CRR = 100 − logo churn rate; N covers new and reactivated customers."],
    disagreements:
      "The textbook ((E − N) ÷ S) can disagree with 100 − churn when a customer both leaves and returns; Keel defines N as end-active customers outside the cohort, which makes the two identical.",
  },
  // Unit economics
  {
    key: "customer_lifetime_months",
    name: "Customer lifetime (months)",
    family: "unit_economics",
    unit: "months",
    polarity: "higher_is_better",
    short: "Expected months a customer stays: 100 divided by the average monthly logo churn rate.",
    formula: "lifetime = 100 ÷ mean of the monthly logo churn rates of the period's months",
    good: "Several years (36+ months) for B2B SaaS.",
    bad: "Under 12 months: customers leave before they pay back their acquisition cost.",
    notes: [
      "Months with a null rate (no cohort) are skipped; none left, or a mean of 0: null (shown —).",
    ],
    disagreements:
      "Some sources use 1 ÷ annual churn or a survival curve. Keel uses the simple monthly-churn inverse, which overstates lifetime when churn is tiny in a short period.",
  },
  {
    key: "cltv",
    name: "Customer lifetime value (CLTV)",
    family: "unit_economics",
    unit: "money",
    polarity: "higher_is_better",
    short: "Revenue a typical customer brings over its lifetime: ARPA × customer lifetime.",
    formula: "CLTV = ARPA × customer lifetime (months)",
    good: "At least 3× CAC.",
    bad: "Below CAC: each customer costs more to win than it returns.",
    notes: ["Null when ARPA or lifetime is null."],
    disagreements:
      "Many sources multiply by gross margin (margin-adjusted LTV) or discount future revenue. Keel uses revenue, not margin, because gross margin is not in the imported data; compare it to benchmarks with that in mind.",
  },
  {
    key: "cac",
    name: "Customer acquisition cost (CAC)",
    family: "unit_economics",
    unit: "money",
    polarity: "lower_is_better",
    short: "Sales and marketing costs of the period divided by the new customers won in it.",
    formula: "CAC = sales_marketing costs of the period's months ÷ new customers of the period",
    good: "Paid back within 12 months of ARPA (18 for enterprise).",
    bad: "Rising faster than ARPA, or above CLTV.",
    notes: [
      "New customers = customers with a `new` movement in the period (reactivations excluded).",
      "Under a filter, CAC uses the allocated share of sales_marketing costs. " + COST_ALLOCATION,
      "Null (shown —) when there are no new customers.",
    ],
    disagreements:
      "Some sources count only paid marketing (\"paid CAC\"), others add sales salaries and tools (\"fully loaded CAC\"). Keel uses whatever you import in the sales_marketing category, so include salaries there for a fully loaded CAC.",
  },
  {
    key: "ltv_to_cac",
    name: "LTV:CAC",
    family: "unit_economics",
    unit: "ratio",
    polarity: "higher_is_better",
    short: "Customer lifetime value divided by acquisition cost: what each acquisition dollar returns.",
    formula: "LTV:CAC = CLTV ÷ CAC",
    good: "3 or more.",
    bad: "Below 1: growth destroys value. Far above 5 may mean under-investing in growth.",
    notes: ["Null when CLTV or CAC is null or CAC is 0."],
    disagreements:
      "Benchmarks of 3:1 usually assume margin-adjusted LTV; Keel's revenue-based CLTV gives a higher ratio for the same business.",
  },
  {
    key: "expansion_share",
    name: "Expansion share (upsell and cross-sell)",
    family: "unit_economics",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Share of added MRR that came from existing customers expanding.",
    formula: "expansion share = expansion MRR ÷ (new + reactivation + expansion MRR) × 100",
    good: "30% or more as a company matures: the base funds growth.",
    bad: "Near 0%: all growth must come from new logos.",
    notes: ["Uses amounts, not counts, summed over the period's months."],
  },
  {
    key: "referral_rate",
    name: "Referral rate",
    family: "unit_economics",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Share of new customers in the period whose acquisition channel is referral.",
    formula: "referral rate = new customers with acquisition_channel = referral ÷ new customers × 100",
    good: "Rising: happy customers bring others.",
    bad: "Near 0% despite high NPS: no referral motion.",
    notes: [
      "Counts customers with a `new` movement in the period; the channel match is case-insensitive.",
    ],
  },
  // Cost to carry
  {
    key: "cost_to_serve",
    name: "Cost to serve",
    family: "cost_to_carry",
    unit: "money",
    polarity: "lower_is_better",
    short: "Customer success, support and product costs of the period.",
    formula: "cost to serve = costs in categories customer_success + support + product",
    good: "Growing slower than revenue.",
    bad: "Growing faster than revenue.",
    notes: [COST_ALLOCATION, COST_FILTER, "A segment-tagged row stays whole with its segment, even in a month when it has no active customers."],
    disagreements:
      "Some definitions add hosting or a share of G&A, or leave product out. Keel fixes the three categories above so the ratio is comparable over time; other costs go in `other`.",
  },
  {
    key: "revenue",
    name: "Revenue",
    family: "cost_to_carry",
    unit: "money",
    polarity: "higher_is_better",
    short: "Sum over the period's months of the month-end MRR of the customers in scope.",
    formula: "revenue = sum over the period's months of MRR(m)",
    good: "Growing.",
    bad: "Shrinking.",
    notes: ["This is recognised recurring revenue from MRR, not invoiced or collected cash."],
  },
  {
    key: "cost_to_carry_ratio",
    name: "Cost-to-carry ratio",
    family: "cost_to_carry",
    unit: "percent",
    polarity: "lower_is_better",
    short: "Cost to serve as a % of revenue: what it costs to keep customers running.",
    formula: "cost-to-carry ratio = cost to serve ÷ revenue × 100",
    good: "Under 20% and falling as the company scales.",
    bad: "Above 30–40%, or a segment whose ratio approaches 100% (it costs more to serve than it pays).",
    notes: ["A month's ratio uses that month's MRR as revenue.", COST_ALLOCATION],
    disagreements:
      "Sources allocate shared costs by revenue, seats or tickets. Keel allocates company-wide rows by active customers, which makes small customers look costlier than a revenue-based split would.",
  },
  {
    key: "cost_to_serve_per_customer",
    name: "Cost to serve per customer (monthly)",
    family: "cost_to_carry",
    unit: "money",
    polarity: "lower_is_better",
    short: "Cost to serve divided by customer-months: what one customer costs to serve per month.",
    formula: "cost to serve per customer = cost to serve ÷ sum over months of active customers",
    good: "Well below ARPA and falling with scale.",
    bad: "Near or above ARPA.",
  },
  {
    key: "customer_retention_cost",
    name: "Customer retention cost (CRC)",
    family: "cost_to_carry",
    unit: "money",
    polarity: "lower_is_better",
    short: "Customer success and support costs per customer-month.",
    formula: "CRC = (customer_success + support) ÷ sum over months of active customers",
    good: "Small next to ARPA and to CAC: keeping a customer is cheaper than winning one.",
    bad: "Rising without better retention.",
    disagreements:
      "Some sources divide total retention spend by retained customers only. Keel divides by all active customer-months, the same base as cost to serve per customer.",
  },
  {
    key: "margin",
    name: "Margin after cost to serve",
    family: "cost_to_carry",
    unit: "money",
    polarity: "higher_is_better",
    short: "Revenue minus cost to serve, per segment and overall.",
    formula: "margin = revenue − cost to serve",
    good: "Positive in every segment.",
    bad: "Negative in a segment: it costs more to keep those customers than they pay.",
    notes: ["Not gross margin: hosting, COGS and sales costs are not subtracted."],
  },
  // Surveys
  {
    key: "nps",
    name: "Net Promoter Score (NPS)",
    family: "surveys",
    unit: "score",
    polarity: "higher_is_better",
    short: "% promoters (9–10) minus % detractors (0–6) over responses in the period; −100 to 100.",
    formula: "NPS = % promoters (9–10) − % detractors (0–6); passives are 7–8",
    good: "Above 30 is good for B2B SaaS; above 50 excellent.",
    bad: "Below 0: more detractors than promoters.",
    notes: [SURVEY_WINDOW, "Each response counts, so a customer who answers twice counts twice."],
    disagreements:
      "Some tools report NPS as a fraction (−1..1) or keep only each customer's latest answer. Keel reports −100..100 over every response in the period.",
  },
  {
    key: "nps_responses",
    name: "NPS responses",
    family: "surveys",
    unit: "count",
    polarity: "neutral",
    short: "Number of NPS responses dated inside the period.",
    formula: "count of NPS responses in the period = promoters + passives + detractors",
    good: "Enough responses (dozens or more) that the score is stable.",
    bad: "A handful: one answer swings the score.",
    notes: [SURVEY_WINDOW],
  },
  {
    key: "promoters",
    name: "Promoters",
    family: "surveys",
    unit: "count",
    polarity: "higher_is_better",
    short: "NPS responses scoring 9 or 10 in the period.",
    formula: "count of NPS responses with score 9–10",
    good: "The largest of the three groups.",
    bad: "Fewer than detractors.",
  },
  {
    key: "passives",
    name: "Passives",
    family: "surveys",
    unit: "count",
    polarity: "neutral",
    short: "NPS responses scoring 7 or 8 in the period; they count in responses but not in the score.",
    formula: "count of NPS responses with score 7–8",
    good: "Moving up to promoters over time.",
    bad: "A growing passive share: lukewarm customers, easy targets for competitors.",
  },
  {
    key: "detractors",
    name: "Detractors",
    family: "surveys",
    unit: "count",
    polarity: "lower_is_better",
    short: "NPS responses scoring 0 to 6 in the period.",
    formula: "count of NPS responses with score 0–6",
    good: "A small minority.",
    bad: "More than promoters.",
  },
  {
    key: "csat",
    name: "Customer satisfaction (CSAT)",
    family: "surveys",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Share of CSAT responses (1–5) in the period scoring 4 or 5.",
    formula: "CSAT = responses scoring 4 or 5 ÷ responses × 100",
    good: "Above 80%; support teams often aim for 90%+.",
    bad: "Below 70%.",
    notes: [SURVEY_WINDOW],
    disagreements:
      "Some tools report CSAT as the mean score (e.g. 4.2 / 5). Keel reports the top-two-box share, the more common definition.",
  },
  {
    key: "csat_responses",
    name: "CSAT responses",
    family: "surveys",
    unit: "count",
    polarity: "neutral",
    short: "Number of CSAT responses dated inside the period.",
    formula: "count of CSAT responses in the period",
    good: "Enough responses that the share is stable.",
    bad: "A handful.",
    notes: [SURVEY_WINDOW],
  },
  {
    key: "ces",
    name: "Customer effort score (CES)",
    family: "surveys",
    unit: "score",
    polarity: "lower_is_better",
    short: "Mean answer (1–7) to \"how much effort did you have to put in\"; lower means less effort.",
    formula: "CES = mean score over CES responses in the period",
    good: "Low, around 2 or below.",
    bad: "Above 4: customers work hard to get things done.",
    notes: [SURVEY_WINDOW, "Null (shown —) when there are no responses."],
    disagreements:
      "Many tools phrase CES as agreement (\"the company made it easy\", 7 = easy, higher is better) or use 1–5. Keel's question asks for effort, so lower is better; do not mix the two scales.",
  },
  {
    key: "ces_responses",
    name: "CES responses",
    family: "surveys",
    unit: "count",
    polarity: "neutral",
    short: "Number of CES responses dated inside the period.",
    formula: "count of CES responses in the period",
    good: "Enough responses that the mean is stable.",
    bad: "A handful.",
    notes: [SURVEY_WINDOW],
  },
  // Support
  {
    key: "ticket_volume",
    name: "Ticket volume",
    family: "support",
    unit: "count",
    polarity: "lower_is_better",
    short: "Support tickets created inside the period.",
    formula: "ticket volume = count of tickets created in the period",
    good: "Flat or falling per customer as the product gets easier.",
    bad: "Rising faster than active customers.",
    notes: [TICKET_WINDOW],
  },
  {
    key: "fcr",
    name: "First-contact resolution (FCR)",
    family: "support",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Share of tickets resolved on first contact, among tickets where this is known.",
    formula: "FCR = tickets with resolved_on_first_contact true ÷ tickets where it is true or false × 100",
    good: "Above 70%.",
    bad: "Below 50%: customers need several contacts.",
    notes: [TICKET_WINDOW, "A blank resolved_on_first_contact is unknown and left out of both counts."],
    disagreements: "Some tools count blanks as not resolved; Keel leaves them out so missing data does not lower FCR.",
  },
  {
    key: "median_first_response_hours",
    name: "Median time to first response (h)",
    family: "support",
    unit: "hours",
    polarity: "lower_is_better",
    short: "Median hours from ticket creation to first response, over tickets that have a first response.",
    formula: "median of (first_response_at − created_at) in hours",
    good: "Within your SLA: often under 1 hour for chat, under 24 hours for email.",
    bad: "Beyond the SLA, or rising.",
    notes: [TICKET_WINDOW, "Unrounded hours; the median of an even count is the mean of the two middle values.", P90],
  },
  {
    key: "p90_first_response_hours",
    name: "p90 time to first response (h)",
    family: "support",
    unit: "hours",
    polarity: "lower_is_better",
    short: "90% of tickets got a first response within this many hours.",
    formula: "90th percentile of (first_response_at − created_at) in hours, linear interpolation between closest ranks",
    good: "Close to the median: few tickets wait long.",
    bad: "Far above the median: a tail of customers waits much longer.",
    notes: [TICKET_WINDOW, P90, "Shown in the UI; not a field of the API summary."],
    disagreements: "Percentile methods differ (nearest rank vs interpolation); Keel interpolates, like Excel PERCENTILE.INC.",
  },
  {
    key: "median_resolution_hours",
    name: "Median time to resolution (h)",
    family: "support",
    unit: "hours",
    polarity: "lower_is_better",
    short: "Median hours from ticket creation to resolution, over resolved tickets.",
    formula: "median of (resolved_at − created_at) in hours",
    good: "Stable or falling; depends on ticket mix.",
    bad: "Rising: a backlog is building.",
    notes: [TICKET_WINDOW, "Unrounded hours over tickets that have resolved_at.", P90],
  },
  {
    key: "p90_resolution_hours",
    name: "p90 time to resolution (h)",
    family: "support",
    unit: "hours",
    polarity: "lower_is_better",
    short: "90% of resolved tickets were resolved within this many hours.",
    formula: "90th percentile of (resolved_at − created_at) in hours, linear interpolation between closest ranks",
    good: "Close to the median.",
    bad: "Far above the median: some customers wait a long time.",
    notes: [TICKET_WINDOW, P90, "Shown in the UI; not a field of the API summary."],
  },
  // Lifecycle
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
    notes: [
      STAGES,
      FUNNEL_COHORT,
      "Skipped stages count as reached. The churn row's reached = cohort customers with a churn event.",
    ],
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
    formula: "median over customers with an event at k and a later non-churn event, of days from first entry into k to first entry into any later stage",
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
    formula: "median over customers who signed up in the period and reached early_adoption, of days from signup_date to their first early_adoption event",
    good: "Days to a few weeks, and falling.",
    bad: "Months, or rising: onboarding is slow.",
    notes: [
      "Skipped stages count: the value date is the first event at early_adoption or any later non-churn stage.",
      "Days are counted from signup_date 00:00Z.",
    ],
    disagreements:
      "Time to value is also defined as time to first login, first key action or go-live. Keel uses the lifecycle stage early_adoption so it follows your own stage data.",
  },
  // Health
  {
    key: "health_score",
    name: "Health score",
    family: "health",
    unit: "score",
    polarity: "higher_is_better",
    short: "0–100 weighted score per active customer from usage, support load and sentiment at the end snapshot.",
    formula:
      "score = (40 × usage + 20 × support + 40 × sentiment) ÷ (40 + 20 + 40); usage = min(1, active_users ÷ licensed_seats) × 100; support = 100 without a ticket in the last 90 days, else max(0, 100 − 15 × n ÷ k − 40 × u ÷ n) with n = tickets created in the last 90 days, k = MRR at the end snapshot in thousands (at least 1), u = those of the n not resolved by the end of today; sentiment = latest NPS in 180 days × 10, else (latest CSAT − 1) × 25, else 50",
    good: "70 or more (healthy).",
    bad: "Below 40 (at risk).",
    notes: [
      HEALTH_SCOPE,
      "Default weights usage 40, support 20, sentiment 40; they can be changed in Settings.",
      "Usage: the latest of the three months ending with today's month that has a row; seats blank or 0 scores 50; no usage scores 0.",
      "The CSAT fallback uses the same 180-day window; latest = greatest instant.",
      "Support weighs tickets against the account's size: 3 tickets from a $500/month customer with 1 still open score 100 − 45 − 13.3 = 41.7; 6 resolved tickets from a $12,000/month customer score 92.5. A ticket counts as unresolved when resolved_at is blank or at or after the end of today.",
      "Optional factors, default weight 0 (so the default score is exactly the three above): usage trend = min(100, latest active users ÷ mean active users of the three months before that row × 100) (no earlier row 50, no usage 0); lifecycle progress = stage at the end of today from awareness 0 to retention 100 in equal steps, churn 0, no event 50; MRR trend = min(100, MRR at the end snapshot ÷ MRR three months earlier × 100) (none earlier 50).",
      "A customer page shows every factor's signal, weight, raw values and trend: the signal now minus the same signal computed at the end of the month three months earlier.",
    ],
    disagreements:
      "There is no standard health score: every company weights its own signals. Keel's defaults are a starting point; tune the weights in Settings.",
  },
  {
    key: "active_users_per_seat",
    name: "Seat utilisation (health usage factor)",
    family: "health",
    unit: "percent",
    polarity: "higher_is_better",
    short: "Active users as a % of licensed seats, capped at 100: the usage factor of the health score.",
    formula: "usage = min(1, active_users ÷ licensed_seats) × 100; no seats given = 50; no usage = 0",
    good: "Above 80%: the seats bought are used.",
    bad: "Below 40%: shelfware, a renewal or downsell risk.",
    notes: ["Taken from the latest of the three months ending with the last month of the period that has a usage row."],
  },
  {
    key: "health_band",
    name: "Health bands",
    family: "health",
    unit: "count",
    polarity: "neutral",
    short: "Active customers by health score: healthy ≥ 70, watch 40–69, at risk < 40.",
    formula: "healthy: score ≥ 70; watch: 40 ≤ score < 70; at risk: score < 40",
    good: "Most customers healthy, few at risk.",
    bad: "A growing at-risk band.",
    notes: [
      "The score is not rounded before banding: 69.9 is watch, exactly 70 is healthy.",
      "healthy + watch + at_risk = active customers at `to`.",
      "Thresholds can be changed in Settings.",
    ],
  },
  {
    key: "arr_at_risk",
    name: "ARR at risk",
    family: "health",
    unit: "money",
    polarity: "lower_is_better",
    short: "ARR of the customers whose health score is below 40 (at risk) at the end of the period.",
    formula: "ARR at risk = 12 × MRR at `to` of at-risk customers",
    good: "A small share of ARR, under 10%.",
    bad: "A large or growing share of ARR: renewals in danger.",
    notes: [HEALTH_SCOPE],
  },
  {
    key: "renewal_date",
    name: "Next renewal (term plans)",
    family: "health",
    unit: "days",
    polarity: "neutral",
    short: "When a quarterly or yearly contract next renews: its start date plus whole terms, the first one after today.",
    formula: "renewal = start_date + k × term (3 or 12 months), the smallest k ≥ 1 with renewal > today; renewing in the next N days when renewal − today ≤ N",
    good: "Renewals of healthy customers, reviewed well ahead.",
    bad: "Large ARR renewing soon from at-risk customers nobody has reviewed.",
    notes: [
      "Today is the last day of `to`. Only subscriptions billed per quarter or year, active at the end of today, of customers active then; monthly plans renew every month and are not listed.",
      "Each renewal is counted from the start date, never from the previous renewal, and a day the target month lacks becomes its last day: a quarterly plan started Jan 31 renews Apr 30, Jul 31, Oct 31, Jan 31; a yearly plan started Feb 29 renews Feb 28 in common years.",
      "A subscription whose end_date falls on or before its next renewal is ending, not renewing, and is left out.",
      "Renewing ARR = 12 × the subscription's MRR; the customer list drill-down (renewal=30|60|90) sums it per customer and shows the earliest renewal.",
    ],
  },
  {
    key: "health_backtest_auc",
    name: "Health back-test: ROC AUC",
    family: "health",
    unit: "ratio",
    polarity: "higher_is_better",
    short: "How well the health score foretold churn in your own history: the chance a churner scored lower than a customer who stayed.",
    formula:
      "AUC = P(score of a churner < score of a non-churner) + ½ P(equal), over every pair of one churned and one retained customer-month (Mann-Whitney with mid-ranks)",
    good: "0.75 or more: the score ranks churners low.",
    bad: "0.5 or less: no better than a coin toss.",
    notes: [
      "Back-tested months: from the first month with an active customer to the latest month with data minus 3, so every month has three follow-up month-end snapshots inside the data.",
      "Each customer active at the end of a back-tested month is scored as of that month (today = its last day, same windows and weights) and counts once per month: the figures are over customer-months.",
      "Churned = MRR 0 at any of the next three month-end snapshots (about 90 days). Contracted = not churned and MRR at the third snapshot below MRR at the scored month.",
      "Weights and bands are those in Settings; GET /api/health-score/backtest also takes them as query parameters (usage=40&support=20…, healthy_min, watch_min).",
      "Null when there are no churners or no retained customers to compare.",
    ],
  },
  {
    key: "health_backtest_lift",
    name: "Health back-test: lift",
    family: "health",
    unit: "ratio",
    polarity: "higher_is_better",
    short: "How much more often at-risk customers churned within 90 days than customers overall.",
    formula: "lift = churn rate of at-risk customer-months ÷ churn rate of all back-tested customer-months; band churn rate = churned ÷ customer-months in the band × 100",
    good: "2 or more: at risk means something.",
    bad: "About 1: the at-risk band churns like everyone else.",
    notes: ["Null when nobody scored at risk or nobody churned. Same customer-months and follow-up as the AUC."],
  },
];

const BY_KEY: ReadonlyMap<string, MetricDefinition> = new Map(METRIC_CATALOG.map((d) => [d.key, d]));

export function metricDefinition(key: string): MetricDefinition {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`Unknown metric key: ${key}`);
  return found;
}

export function metricsOfFamily(family: MetricFamily): MetricDefinition[] {
  return METRIC_CATALOG.filter((d) => d.family === family);
}
