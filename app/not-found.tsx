import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto mt-16 max-w-xl rounded-xl border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-lg font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-slate-600">There is nothing at this address.</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
        Back to the Executive dashboard
      </Link>
    </section>
  );
}
