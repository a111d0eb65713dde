// ESLint keeps the layers of ARCHITECTURE.md true: app/ -> components/ and db/ -> lib/.
import tseslint from "typescript-eslint";

const restrict = (patterns, allowTypeImports = false) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { patterns: patterns.map(([group, message]) => ({ group, message, allowTypeImports })) },
  ],
});

const FRAMEWORK = ["react", "react-dom", "react/*", "next", "next/*", "@tanstack/*", "recharts"];
const DB = ["@/db", "@/db/*", "**/db/*"];
const UI = ["@/components/*", "**/components/*"];
const ROUTES = ["@/app/*", "**/app/*"];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "data/**", "demo-data/**", "test-results/**", "playwright-report/**"] },
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "@typescript-eslint": tseslint.plugin },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: restrict([
      [FRAMEWORK, "lib/ is pure computation: no React, Next or UI libraries."],
      [DB, "lib/ never reads the database: take the data as arguments (db/ calls lib/, not the other way)."],
      [[...UI, ...ROUTES], "lib/ imports nothing from components/ or app/: move the shared type into lib/."],
    ]),
  },
  {
    files: ["db/**/*.ts"],
    rules: restrict([
      [["react", "react-dom", "next", "next/*"], "db/ holds queries and storage, not HTTP or UI: answer in app/api/_http."],
      [[...UI, ...ROUTES], "db/ imports nothing from components/ or app/: move the shared type into lib/."],
    ]),
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: restrict(
      [
        [
          DB,
          "components/ never value-import db/ (better-sqlite3 must not reach the browser): pass the data as props from app/; `import type` is fine.",
        ],
      ],
      true,
    ),
  },
);
