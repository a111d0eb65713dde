"use client";

import { useEffect, useRef, useState } from "react";
import { useUrlParams } from "@/components/filters/use-url-params";

const DEBOUNCE_MS = 300;

/** Name or id search, debounced into the URL as `q` (back to page 1). */
export function SearchBox() {
  const { searchParams, setParams } = useUrlParams();
  const urlValue = searchParams.get("q") ?? "";
  const [value, setValue] = useState(urlValue);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) setValue(urlValue);
  }, [urlValue]);

  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => {
      typed.current = false;
      if (value.trim() !== urlValue) setParams({ q: value.trim() || null, page: null });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value, urlValue, setParams]);

  return (
    <label className="relative block w-full sm:w-72">
      <span className="sr-only">Search customers by name or id</span>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute left-2.5 top-2.5 h-4 w-4 fill-slate-400">
        <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64-1.06 1.06-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
      </svg>
      <input
        type="search"
        name="q"
        value={value}
        placeholder="Search name or id"
        onChange={(e) => {
          typed.current = true;
          setValue(e.target.value);
        }}
        className="w-full rounded-md border border-slate-300 bg-white py-1.5 pl-8 pr-2 text-sm text-slate-900 shadow-sm focus:border-indigo-500"
      />
    </label>
  );
}
