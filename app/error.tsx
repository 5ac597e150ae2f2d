"use client";

import { Button } from "@/app/_components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4 py-12 text-center">
      <h1 className="text-2xl font-bold">問題が発生しました</h1>
      <p className="text-ink-muted">一時的な不具合の可能性があります。少し時間をおいてから、もう一度お試しください。</p>
      <Button variant="primary" size="lg" onClick={reset}>
        もう一度読み込む
      </Button>
    </div>
  );
}
