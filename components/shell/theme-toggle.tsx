"use client";

import { useEffect, useState } from "react";
import { applyThemeChoice, readThemeChoice, type ThemeChoice } from "./theme";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const WORDS: Record<ThemeChoice, string> = { system: "Auto", light: "Light", dark: "Dark" };

/** Cycles the colour theme: Auto (the system's), Light, Dark; remembered in this browser. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice | null>(null);
  useEffect(() => setChoice(readThemeChoice()), []);
  useEffect(() => {
    if (choice !== "system") return;
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => applyThemeChoice("system");
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, [choice]);

  const current = choice ?? "system";
  return (
    <button
      type="button"
      onClick={() => {
        const next = NEXT[current];
        applyThemeChoice(next);
        setChoice(next);
      }}
      className="flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
      aria-label={`Colour theme: ${WORDS[current]}. Switch to ${WORDS[NEXT[current]]}`}
      title={`Colour theme: ${WORDS[current]} (click for ${WORDS[NEXT[current]]})`}
      data-testid="theme-toggle"
      data-theme-choice={current}
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none">
        {current === "dark" ? (
          <path d="M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5Z" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        ) : current === "light" ? (
          <>
            <circle cx="8" cy="8" r="3" stroke="currentColor" strokeWidth="1.4" />
            <path
              d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1"
              stroke="currentColor"
              strokeWidth="1.4"
              strokeLinecap="round"
            />
          </>
        ) : (
          <>
            <circle cx="8" cy="8" r="6" stroke="currentColor" strokeWidth="1.4" />
            <path d="M8 2a6 6 0 0 1 0 12Z" fill="currentColor" />
          </>
        )}
      </svg>
      <span className="hidden sm:inline">{WORDS[current]}</span>
    </button>
  );
}
