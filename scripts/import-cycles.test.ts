import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const CHECKED = ["lib", "db", "components", "app"];
// `import … from "x"`, `export … from "x"` and `import "x"`, type-only ones included: a type cycle still ties two modules together.
const IMPORT_FROM = /^\s*(?:(?:import|export)\b[^;]*?\bfrom\s+|import\s+)["']([^"']+)["']/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => files.has(candidate)) ?? null;
}

/** Every import cycle among `files`, each written `a.ts -> b.ts -> a.ts` relative to the repository. */
function importCycles(files: readonly string[]): string[] {
  const known = new Set(files);
  const edges = new Map(
    files.map((file) => [
      file,
      [...fs.readFileSync(file, "utf8").matchAll(IMPORT_FROM)].flatMap((m) => resolveImport(file, m[1], known) ?? []),
    ]),
  );
  const cycles: string[] = [];
  const done = new Set<string>();
  const trail: string[] = [];
  const visit = (file: string) => {
    trail.push(file);
    for (const next of edges.get(file) ?? []) {
      const start = trail.indexOf(next);
      if (start >= 0) cycles.push([...trail.slice(start), next].map((f) => path.relative(ROOT, f)).join(" -> "));
      else if (!done.has(next)) visit(next);
    }
    trail.pop();
    done.add(file);
  };
  for (const file of files) if (!done.has(file)) visit(file);
  return cycles;
}

describe("imports in lib/, db/, components/ and app/", () => {
  it("form no cycle: move the shared type or helper into a module both sides import", () => {
    expect(importCycles(CHECKED.flatMap((dir) => sourceFiles(path.join(ROOT, dir))))).toEqual([]);
  });
});
