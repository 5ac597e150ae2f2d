"use client";

// Replaces the root layout when it fails, so it brings its own <html>.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ja">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem 1rem", textAlign: "center" }}>
        <h1>問題が発生しました</h1>
        <p>一時的な不具合の可能性があります。少し時間をおいてから、もう一度お試しください。</p>
        <button type="button" onClick={reset}>
          もう一度読み込む
        </button>
      </body>
    </html>
  );
}
