"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { AdminOnly, AdminOnlyNotice } from "@/components/auth/admin-only";
import { DATA_KINDS, type DataKind } from "@/lib/domain/types";
import { matchHeader } from "@/lib/import/header";
import { guessMapping, isNameMatch, type ColumnMapping } from "@/lib/import/mapping";
import { DELIMITER_LABELS, ENCODING_LABELS, WINDOWS_1252_WARNING } from "@/lib/import/sniff";
import { ColumnMappingStep } from "./column-mapping";
import { CsvPreview } from "./csv-preview";
import { FileDrop } from "./file-drop";
import { ImportFailure, ImportSuccess } from "./import-outcome";
import { SourcePreview } from "./source-preview";
import { KIND_LABELS, type UploadAnswer } from "./types";
import { uploadCsv } from "./upload-csv";
import { previewMatch, useFilePreview } from "./use-file-preview";
import { useRememberedMapping } from "./use-remembered-mapping";

type KindChoice = DataKind | "detect";

export function ImportForm() {
  return (
    <AdminOnly fallback={<AdminOnlyNotice what="import data" />}>
      <ImportFormFields />
    </AdminOnly>
  );
}

function ImportFormFields() {
  const kindId = useId();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<KindChoice>("detect");
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const [edits, setEdits] = useState<{ key: string; values: ColumnMapping }>({ key: "", values: {} });
  const preview = useFilePreview(file);
  const header = preview && !preview.problem ? preview.header : null;
  const remembered = useRememberedMapping(header);

  const keelKind: DataKind | null = choice === "detect" ? (remembered?.kind ?? preview?.detected ?? null) : choice;
  // Keel's own column names (or a mapping remembered for this header) win; otherwise a known tool's export is read through its preset.
  const byName = header && keelKind ? matchHeader(keelKind, header) : null;
  const preset = header && preview?.preset && !remembered && (!byName || byName.missing.length > 0) ? preview.preset : null;
  const kind: DataKind | null = preset && choice === "detect" ? preset.mainKind : keelKind;
  const offered = remembered && remembered.kind === kind ? remembered.mapping : null;
  const editKey = `${file?.name}|${file?.lastModified}|${file?.size}|${kind}`;
  const guessed = useMemo(() => (kind && header && !preset ? guessMapping(kind, header, offered) : null), [kind, header, offered, preset]);
  const mapping = guessed ? { ...guessed, ...(edits.key === editKey ? edits.values : {}) } : null;
  const match = preview && header && kind && mapping ? previewMatch(preview, kind, mapping) : null;
  const sentMapping = kind && header && mapping && !isNameMatch(kind, header, mapping) ? mapping : null;
  const busy = progress !== null;
  const blocked = !file || !kind || !!preview?.problem || (match?.missing.length ?? 0) > 0;

  const chooseFile = (next: File | null) => {
    setFile(next);
    setAnswer(null);
  };

  const mapColumn = (column: string, fileHeader: string) => {
    setEdits((prev) => ({ key: editKey, values: { ...(prev.key === editKey ? prev.values : {}), [column]: fileHeader } }));
    setAnswer(null);
  };

  const submit = async () => {
    if (!file || !kind) return;
    setAnswer(null);
    setProgress(0);
    const result = await uploadCsv(kind, file, setProgress, sentMapping, preset?.id);
    setProgress(null);
    setAnswer(result);
    if (result.ok) await queryClient.invalidateQueries();
  };

  return (
    <section aria-labelledby="upload-heading" className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="upload-heading" className="text-base font-semibold text-slate-900">
        Upload a file
      </h2>
      <div className="grid gap-5 md:grid-cols-[16rem_1fr]">
        <div>
          <label htmlFor={kindId} className="block text-sm font-medium text-slate-900">
            Kind of data
          </label>
          <select
            id={kindId}
            value={choice}
            onChange={(e) => {
              setChoice(e.target.value as KindChoice);
              setAnswer(null);
            }}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          >
            <option value="detect">Detect from header</option>
            {DATA_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          {choice === "detect" && preview && !preview.problem && (
            <p className="mt-2 text-xs text-slate-600" aria-live="polite">
              {remembered
                ? `${KIND_LABELS[remembered.kind]}, as when this header was last imported.`
                : preview.detected
                  ? `Looks like ${KIND_LABELS[preview.detected].toLowerCase()}.`
                  : preset
                    ? `${preset.label} recognised.`
                    : `The header, read as ${DELIMITER_LABELS[preview.delimiter ?? ","]}-separated, matches no kind by its names; choose the kind of data, then map the file's columns to Keel's below.`}
            </p>
          )}
        </div>
        <FileDrop file={file} onFile={chooseFile} />
      </div>

      {preview?.problem && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {preview.problem}
        </p>
      )}
      {preview && !preview.problem && preview.encoding && (
        <p className="text-xs text-slate-600" data-testid="file-format">
          Read as {ENCODING_LABELS[preview.encoding]}, {DELIMITER_LABELS[preview.delimiter ?? ","]}-separated.
          {preview.encoding === "windows-1252" && ` ${WINDOWS_1252_WARNING}`}
        </p>
      )}
      {preview && preset && <SourcePreview preset={preset} header={preview.header} rows={preview.rows} />}
      {preview && match && kind && mapping && (
        <ColumnMappingStep
          kind={kind}
          header={preview.header}
          mapping={mapping}
          match={match}
          note={offered ? `Columns mapped as in your last import of a file with this header (${remembered!.header.join(", ")}).` : null}
          onChange={mapColumn}
        />
      )}
      {preview && header && !preset && <CsvPreview header={header} rows={preview.rows} match={match} />}
      {match && match.missing.length > 0 && (
        <p role="alert" className="text-sm text-red-800">
          The {kind} kind needs {match.missing.join(", ")}: choose the column of the file that holds{" "}
          {match.missing.length > 1 ? "each" : "it"} above.
          {preview?.detected &&
            preview.detected !== kind &&
            ` This looks like a ${preview.detected} file; choose the ${preview.detected} kind.`}
        </p>
      )}

      <div className="flex items-center gap-4">
        <button
          type="button"
          onClick={submit}
          disabled={blocked || busy}
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:bg-slate-300"
        >
          {busy ? "Importing…" : preset ? `Import ${preset.label}` : kind ? `Import ${KIND_LABELS[kind].toLowerCase()}` : "Import"}
        </button>
        {busy && (
          <div className="flex flex-1 items-center gap-3">
            <progress
              value={progress < 1 ? progress : undefined}
              max={1}
              aria-label={progress < 1 ? "Upload progress" : "Checking and saving rows"}
              className="h-2 w-full max-w-md overflow-hidden rounded-full [&::-moz-progress-bar]:bg-indigo-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-indigo-600"
            />
            <span className="text-xs tabular-nums text-slate-600">
              {progress < 1 ? `${Math.round(progress * 100)}% uploaded` : "Checking and saving rows…"}
            </span>
          </div>
        )}
      </div>

      {answer?.ok && <ImportSuccess result={answer.body} />}
      {answer && !answer.ok && <ImportFailure body={answer.body} />}
    </section>
  );
}
