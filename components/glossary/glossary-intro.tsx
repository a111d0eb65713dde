const CONVENTIONS: { term: string; text: string }[] = [
  { term: "Months", text: "Calendar months in UTC, written YYYY-MM. A period is an inclusive range of months, from..to." },
  {
    term: "Snapshots",
    text: "The state at the end of the last day of a month. A period starts at the snapshot of the month before `from` and ends at the snapshot of `to`.",
  },
  {
    term: "Default period",
    text: "The 12 months ending with the latest month that has data, in any import (subscriptions, signups, lifecycle, costs, surveys, tickets, usage).",
  },
  { term: "Percentages", text: "Rates and ratios are percentages, 0–100. NPS runs from −100 to 100." },
  {
    term: "Money",
    text: "In the workspace currency, in major units (1234.5), never rounded in storage or the API; only the screen rounds.",
  },
  { term: "No denominator", text: "A metric whose denominator is zero is shown as “—” (null in the API), never 0." },
  {
    term: "Polarity",
    text: "Every metric says which way is good; changes are green when they move the good way and red when they move the bad way.",
  },
];

export function GlossaryIntro() {
  return (
    <header>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Metrics glossary</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-600">
        How Keel computes every number it shows. Dashboards, drill-downs, exports and the JSON API all use these definitions; where common
        sources define a metric differently, its card says so and why Keel chose its reading.
      </p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2">
        {CONVENTIONS.map(({ term, text }) => (
          <div key={term}>
            <dt className="font-medium text-slate-900">{term}</dt>
            <dd className="text-slate-600">{text.replace(/`/g, "")}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
