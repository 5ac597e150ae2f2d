"use client";

import { Button } from "../ui/button";

export function PrintButton() {
  return <Button onClick={() => window.print()}>印刷する</Button>;
}
