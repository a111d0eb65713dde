"use client";

import { useIsFetching } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { parseMetricsQuery, resolvePeriod } from "@/lib/api/metrics-query";
import { addMonths } from "@/lib/domain/months";
import type { FilterOptions } from "@/lib/domain/filter-options";
import type { Period } from "@/lib/domain/types";
import { segmentLabel } from "@/lib/format";
import { useUrlParams } from "./use-url-params";

const PRESETS = [
  { label: "3M", months: 3 },
  { label: "6M", months: 6 },
  { label: "12M", months: 12 },
  { label: "24M", months: 24 },
] as const;

export function FilterBar({ options }: { options: FilterOptions }) {
  const { searchParams, setParams: setUrlParams } = useUrlParams();
  const current = searchParams.toString();
  // The busy cue shows in the same frame as the click: from the change until the URL has caught up,
  // then for as long as the view's data is being fetched (the previous view stays, dimmed).
  const [changedFrom, setChangedFrom] = useState<string | null>(null);
  useEffect(() => {
    if (changedFrom !== null && changedFrom !== current) setChangedFrom(null);
  }, [changedFrom, current]);
  const fetching = useIsFetching() > 0;
  const busy = changedFrom !== null || fetching;
  const setParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(current);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
    }
    if (next.toString() !== current) setChangedFrom(current);
    setUrlParams(changes);
  };
  const { from, to } = shownPeriod(searchParams, options.defaultPeriod);

  const setPreset = (months: number) =>
    setParams({ from: maxMonth(addMonths(options.lastMonth, -(months - 1)), options.firstMonth), to: options.lastMonth });
  const activePreset = PRESETS.find(
    (p) => to === options.lastMonth && from === maxMonth(addMonths(options.lastMonth, -(p.months - 1)), options.firstMonth),
  );

  return (
    <form
      aria-label="Period and filters"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex flex-wrap items-end gap-2">
        <Field label="From">
          <input
            type="month"
            name="from"
            value={from}
            min={options.firstMonth}
            max={to}
            onChange={(e) => e.target.value && setParams({ from: e.target.value, to })}
            className={inputClass}
          />
        </Field>
        <Field label="To">
          <input
            type="month"
            name="to"
            value={to}
            min={from}
            max={maxMonth(options.lastMonth, to)}
            onChange={(e) => e.target.value && setParams({ from, to: e.target.value })}
            className={inputClass}
          />
        </Field>
        <div role="group" aria-label="Quick periods" className="flex overflow-hidden rounded-md border border-slate-300">
          {PRESETS.map((preset) => (
            <button
              key={preset.label}
              type="button"
              onClick={() => setPreset(preset.months)}
              aria-pressed={activePreset?.label === preset.label}
              className={`px-2.5 py-1.5 text-xs font-medium ${
                activePreset?.label === preset.label ? "bg-indigo-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"
              }`}
            >
              {preset.label}
            </button>
          ))}
        </div>
      </div>
      <Select
        label="Segment"
        name="segment"
        values={options.segments}
        current={searchParams.get("segment")}
        onChange={setParams}
        labelOf={segmentLabel}
      />
      <Select label="CSM" name="csm" values={options.csms} current={searchParams.get("csm")} onChange={setParams} />
      <Select label="Plan" name="plan" values={options.plans} current={searchParams.get("plan")} onChange={setParams} />
      <span
        role="status"
        data-busy-cue={busy ? "true" : "false"}
        className={`self-center text-xs font-medium text-indigo-700 ${busy ? "" : "invisible"}`}
      >
        {busy ? "Updating…" : ""}
      </span>
      {(searchParams.get("segment") || searchParams.get("csm") || searchParams.get("plan")) && (
        <button
          type="button"
          onClick={() => setParams({ segment: null, csm: null, plan: null })}
          className="py-1.5 text-sm font-medium text-indigo-700 hover:underline"
        >
          Clear filters
        </button>
      )}
    </form>
  );
}

const inputClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 shadow-sm focus:border-indigo-500";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-500">
      {label}
      {children}
    </label>
  );
}

function Select(props: {
  label: string;
  name: string;
  values: string[];
  current: string | null;
  onChange: (changes: Record<string, string | null>) => void;
  /** The words for a value, when they differ from the value the URL carries. */
  labelOf?: (value: string) => string;
}) {
  const values = props.current && !props.values.includes(props.current) ? [...props.values, props.current] : props.values;
  return (
    <Field label={props.label}>
      <select
        name={props.name}
        value={props.current ?? ""}
        onChange={(e) => props.onChange({ [props.name]: e.target.value || null })}
        className={`${inputClass} min-w-36`}
      >
        <option value="">All</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {props.labelOf ? props.labelOf(value) : value}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The period the page computes for the URL; for a link it could not read, the URL's own values. */
function shownPeriod(params: URLSearchParams, defaultPeriod: Period): Period {
  const parsed = parseMetricsQuery(params);
  if (parsed.ok) return resolvePeriod(parsed.value, defaultPeriod) ?? defaultPeriod;
  return { from: params.get("from") ?? defaultPeriod.from, to: params.get("to") ?? defaultPeriod.to };
}

function maxMonth(a: string, b: string): string {
  return a > b ? a : b;
}
