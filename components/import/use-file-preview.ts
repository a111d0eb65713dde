"use client";

import { useEffect, useState } from "react";
import type { DataKind } from "@/lib/domain/types";
import { detectKind, matchHeader, type HeaderMatch } from "@/lib/import/header";
import type { ColumnMapping } from "@/lib/import/mapping";
import { completeLines, parseCsvPreview } from "@/lib/import/preview";
import { sniffCsvHead, type Delimiter, type TextEncodingName } from "@/lib/import/sniff";
import { recognisePreset } from "@/lib/import/sources/presets";
import type { SourcePreset } from "@/lib/import/sources/source-format";

const PREVIEW_BYTES = 64 * 1024;

export interface FilePreview {
  header: string[];
  rows: string[][];
  detected: DataKind | null;
  /** The export of a known tool the header matches, if any. */
  preset: SourcePreset | null;
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  problem: string | null;
}

const failed = (problem: string): FilePreview => ({
  header: [],
  rows: [],
  detected: null,
  preset: null,
  encoding: null,
  delimiter: null,
  problem,
});

function previewOf(head: Uint8Array, truncated: boolean, restIsUtf8?: boolean): FilePreview {
  const sniffed = sniffCsvHead(head, { truncated, restIsUtf8 });
  if (!sniffed.ok) return failed(sniffed.problem);
  const [header = [], ...rows] = parseCsvPreview(completeLines(sniffed.text, truncated), 11, sniffed.delimiter);
  if (header.length === 0) return failed("This file is empty.");
  return {
    header,
    rows,
    detected: detectKind(header),
    preset: recognisePreset(header),
    encoding: sniffed.encoding,
    delimiter: sniffed.delimiter,
    problem: null,
  };
}

/** Whether the whole file is valid UTF-8; the server decides the same way, so one "é" deep in the file counts. */
async function isUtf8File(file: File): Promise<boolean> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      decoder.decode(value, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  } finally {
    reader.releaseLock();
  }
}

/**
 * Reads the first 64 KB of a file in the browser with the server's rules (encoding, delimiter):
 * header, ~10 rows, and the kind the header looks like.
 */
export function useFilePreview(file: File | null): FilePreview | null {
  const [preview, setPreview] = useState<FilePreview | null>(null);
  useEffect(() => {
    setPreview(null);
    if (!file) return;
    let cancelled = false;
    const truncated = file.size > PREVIEW_BYTES;
    file
      .slice(0, PREVIEW_BYTES)
      .arrayBuffer()
      .then(async (buffer) => {
        if (cancelled) return;
        const head = new Uint8Array(buffer);
        const first = previewOf(head, truncated);
        setPreview(first);
        if (first.encoding === "utf-8" && truncated && !(await isUtf8File(file)) && !cancelled)
          setPreview(previewOf(head, truncated, false));
      })
      .catch(() => !cancelled && setPreview(failed("The file could not be read.")));
    return () => {
      cancelled = true;
    };
  }, [file]);
  return preview;
}

export function previewMatch(preview: FilePreview, kind: DataKind, mapping: ColumnMapping | null = null): HeaderMatch {
  return matchHeader(kind, preview.header, mapping);
}
