"use client";

import { useId, useState, type DragEvent } from "react";

/** A file input that also accepts a dropped file; the native input keeps it keyboard-reachable. */
export function FileDrop({ file, onFile }: { file: File | null; onFile: (file: File | null) => void }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`rounded-lg border-2 border-dashed p-6 text-center transition-colors ${over ? "border-indigo-400 bg-indigo-50" : "border-slate-300 bg-slate-50/50"}`}
    >
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        CSV file
      </label>
      <p className="mt-1 text-xs text-slate-500">
        Drop it here, or choose it. Header in the first row; comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252.
      </p>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        className="mx-auto mt-3 block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-indigo-600 file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-white hover:file:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-indigo-600"
      />
      {file && (
        <p className="mt-2 text-xs text-slate-600">
          {file.name} · {formatSize(file.size)}
        </p>
      )}
    </div>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
