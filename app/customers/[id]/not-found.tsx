import Link from "next/link";

export default function CustomerNotFound() {
  return (
    <section className="mx-auto mt-16 max-w-xl rounded-xl border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-lg font-semibold">Customer not found</h1>
      <p className="mt-2 text-sm text-slate-600">
        No customer has this id. It may have been removed by undoing an import, or the link has a typo.
      </p>
      <Link href="/customers" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
        Search all customers
      </Link>
    </section>
  );
}
