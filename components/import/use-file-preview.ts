"use client";

import { useEffect, useState } from "react";
import type { DataKind } from "@/lib/domain/types";
import { detectKind, matchHeader, type HeaderMatch } from "@/lib/import/header";
import { completeLines, parseCsvPreview } from "@/lib/import/preview";
import { recognisePreset } from "@/lib/import/sources/presets";
import type { SourcePreset } from "@/lib/import/sources/source-format";

const PREVIEW_BYTES = 64 * 1024;

export interface FilePreview {
  header: string[];
  rows: string[][];
  detected: DataKind | null;
  /** The export of a known tool the header matches, if any. */
  preset: SourcePreset | null;
  problem: string | null;
}

/** Reads the first 64 KB of a file in the browser: header, ~10 rows, and the kind the header looks like. */
export function useFilePreview(file: File | null): FilePreview | null {
  const [preview, setPreview] = useState<FilePreview | null>(null);
  useEffect(() => {
    setPreview(null);
    if (!file) return;
    let cancelled = false;
    file
      .slice(0, PREVIEW_BYTES)
      .arrayBuffer()
      .then((buffer) => {
        if (cancelled) return;
        const bytes = new Uint8Array(buffer);
        let text: string;
        try {
          if (bytes.includes(0)) throw new Error("binary");
          // A multi-byte character cut at 64 KB is not an encoding error: decode in stream mode.
          text = new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: file.size > PREVIEW_BYTES });
        } catch {
          setPreview({ header: [], rows: [], detected: null, preset: null, problem: "This file is not UTF-8 text; save it as CSV UTF-8 and choose it again." });
          return;
        }
        const [header = [], ...rows] = parseCsvPreview(completeLines(text, file.size > PREVIEW_BYTES), 11);
        const problem = header.length === 0 ? "This file is empty." : null;
        setPreview({ header, rows, detected: detectKind(header), preset: recognisePreset(header), problem });
      })
      .catch(() => !cancelled && setPreview({ header: [], rows: [], detected: null, preset: null, problem: "The file could not be read." }));
    return () => {
      cancelled = true;
    };
  }, [file]);
  return preview;
}

export function previewMatch(preview: FilePreview, kind: DataKind): HeaderMatch {
  return matchHeader(kind, preview.header);
}
