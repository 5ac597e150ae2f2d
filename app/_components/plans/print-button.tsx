"use client";

import { buttonClass } from "./styles";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass}>
      印刷する
    </button>
  );
}
