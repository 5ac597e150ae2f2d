"use client";

import { useEffect, useSyncExternalStore } from "react";

type Choice = "system" | "light" | "dark";

const labels: Record<Choice, string> = { system: "自動", light: "ライト", dark: "ダーク" };
const next: Record<Choice, Choice> = { system: "light", light: "dark", dark: "system" };
const changeEvent = "pmo-theme-change";

function readChoice(): Choice {
  const stored = localStorage.getItem("theme");
  return stored === "light" || stored === "dark" ? stored : "system";
}

function apply(choice: Choice) {
  const dark = choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

function subscribe(onChange: () => void) {
  window.addEventListener(changeEvent, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener("storage", onChange);
  };
}

export function ThemeToggle() {
  const choice = useSyncExternalStore<Choice>(subscribe, readChoice, () => "system");

  // While the choice is 自動, follow the system when it switches between light and dark.
  useEffect(() => {
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => apply(readChoice());
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, []);

  function cycle() {
    const chosen = next[choice];
    if (chosen === "system") localStorage.removeItem("theme");
    else localStorage.setItem("theme", chosen);
    apply(chosen);
    window.dispatchEvent(new Event(changeEvent));
  }

  return (
    <button
      type="button"
      onClick={cycle}
      className="rounded-md border border-line px-2 py-1 text-sm text-ink-muted hover:text-ink"
      title="表示テーマ（自動・ライト・ダーク）を切り替える"
    >
      <span className="sr-only sm:not-sr-only">テーマ: </span>
      {labels[choice]}
    </button>
  );
}
