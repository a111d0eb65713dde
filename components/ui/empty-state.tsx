import Link from "next/link";

export function NoDataYet() {
  return (
    <section className="mx-auto mt-16 max-w-xl rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
      <h1 className="text-xl font-semibold text-slate-900">No data yet</h1>
      <p className="mt-2 text-slate-600">
        Keel computes everything from your own CSV exports. Start with your customers, then their subscriptions; lifecycle events, costs,
        surveys, tickets and usage light up the rest.
      </p>
      <Link
        href="/import"
        className="mt-6 inline-flex rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500"
      >
        Import your data
      </Link>
    </section>
  );
}
