import type { PayRule } from "@/lib/pay/rules";
import { ruleValueLines } from "@/lib/pay/rules-text";
import { formatJapaneseDate } from "@/lib/site/dates";

const external = "break-all text-brand underline";

/** Every rate the calculator used: its value, where it was read and when, or plainly that it was not. */
export function PayRules({ rules }: { rules: PayRule[] }) {
  return (
    <ul className="space-y-4">
      {rules.map((rule) => (
        <li key={rule.id} id={`rule-${rule.id}`} className="space-y-1 border-b border-line pb-4 text-sm">
          <p className="font-bold">
            {rule.label}
            <span className="ml-2 font-normal text-ink-muted">（{rule.appliesTo}）</span>
          </p>
          <ul className="list-disc pl-5">
            {(ruleValueLines[rule.id]?.() ?? []).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {rule.status === "unverified" && <p className="font-semibold text-danger">令和8年分の公表資料で未確認</p>}
          {rule.note && <p>{rule.note}</p>}
          {rule.sources.length > 0 && (
            <div>
              <p className="font-semibold">出典（発行元）</p>
              <ul className="space-y-1">
                {rule.sources.map((source) => (
                  <li key={source.url + source.label}>
                    <a href={source.url} className={external} rel="noopener noreferrer">
                      {source.label}
                    </a>
                    （{formatJapaneseDate(source.checked)}確認：{source.facts.join("／")}）
                  </li>
                ))}
              </ul>
            </div>
          )}
          {rule.authorityPage && (
            <p>
              発行元の掲載ページ（保存コピーでは未確認）：
              <a href={rule.authorityPage.url} className={external} rel="noopener noreferrer">
                {rule.authorityPage.label}
              </a>
            </p>
          )}
          {rule.secondary && rule.secondary.length > 0 && (
            <div>
              <p className="font-semibold">参考にした解説（発行元ではありません）</p>
              <ul className="space-y-1">
                {rule.secondary.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} className={external} rel="noopener noreferrer">
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
