"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { apiFetch } from "@/components/api/api-fetch";

/** "Add annotation" from a chart's menu: what happened on a date; every time-series chart then marks it. */
export function AnnotationForm({
  defaultDate,
  segment,
  onDone,
}: {
  defaultDate: string;
  segment: string | null;
  onDone: (message: string | null) => void;
}) {
  const client = useQueryClient();
  const [date, setDate] = useState(defaultDate);
  const [label, setLabel] = useState("");
  const add = useMutation({
    mutationFn: () => apiFetch("/api/annotations", { method: "POST", body: JSON.stringify({ date, label, segment }) }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ["/api/metrics"] });
      onDone("Annotation added");
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form
      onSubmit={submit}
      aria-label="Add annotation"
      className="absolute right-0 top-full z-30 mt-1 w-64 space-y-2 rounded-md border border-slate-200 bg-white p-3 text-xs shadow-lg"
      onKeyDown={(e) => e.key === "Escape" && onDone(null)}
    >
      <label className="flex flex-col gap-0.5 text-slate-600">
        Date
        <input
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
          className="rounded border border-slate-300 px-1.5 py-1 text-sm"
        />
      </label>
      <label className="flex flex-col gap-0.5 text-slate-600">
        What happened
        <input
          required
          autoFocus
          maxLength={200}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          placeholder="Price change"
          className="rounded border border-slate-300 px-1.5 py-1 text-sm"
        />
      </label>
      {segment && <p className="text-slate-500">For segment {segment}</p>}
      {add.error && (
        <p role="alert" className="text-red-700">
          {add.error.message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={() => onDone(null)} className="rounded border border-slate-200 px-2 py-1 text-slate-600">
          Cancel
        </button>
        <button
          type="submit"
          disabled={add.isPending}
          className="rounded bg-indigo-600 px-2 py-1 font-medium text-white disabled:opacity-60"
        >
          Add annotation
        </button>
      </div>
    </form>
  );
}
