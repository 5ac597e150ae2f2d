import { Field, SelectField } from "@/app/_components/ui/field";
import type { FieldName, FieldValues } from "@/lib/pay/schema";
import { ageBands, blueReturnOptions, consumptionMethods, municipalityOptions, rateBases, workModes } from "@/lib/pay/vocabulary";

type Errors = Partial<Record<FieldName, string>>;

const choices = (options: Record<string, string>): [string, string][] => Object.entries(options);

const fieldLabels: Record<FieldName, string> = {
  rate: "月額単価",
  rateTax: "単価は税抜・税込",
  mode: "稼働の指定",
  days: "週の稼働日数",
  util: "稼働率",
  months: "1年に稼働する月数",
  expenses: "経費（年額・税込）",
  blue: "確定申告のしかた",
  ideco: "iDeCoの掛金（月額）",
  kyosai: "小規模企業共済の掛金（月額）",
  ctax: "消費税・インボイス",
  base: "前々年（2024年）の売上（税抜）",
  btax: "個人事業税",
  salary: "年収（額面）",
  bonus: "賞与",
  workdays: "年間の勤務日数",
  age: "年齢",
  city: "住まい（国民健康保険）",
};

const legend = "text-lg font-bold";
const box = "space-y-4 rounded-[var(--radius-card)] border border-line bg-surface p-4 sm:p-5";

/** The calculator's inputs as a plain GET form: it works without JavaScript and every result has a URL. */
export function PayForm({ values, errors }: { values: FieldValues; errors: Errors }) {
  const text = (name: FieldName, hint: string, extra: { inputMode?: "decimal" | "numeric" } = {}) => (
    <Field
      id={`pay-${name}`}
      name={name}
      label={fieldLabels[name]}
      hint={hint}
      error={errors[name]}
      defaultValue={values[name]}
      inputMode={extra.inputMode ?? "decimal"}
      autoComplete="off"
    />
  );
  const wrong = Object.entries(errors) as [FieldName, string][];
  return (
    <form method="get" action="/tools/pay" aria-labelledby="pay-form-title" noValidate className="space-y-5">
      <h2 id="pay-form-title" className="text-xl font-bold">
        条件を入れる
      </h2>
      {wrong.length > 0 && (
        <div role="alert" aria-labelledby="pay-errors-title" className="rounded-md border border-danger bg-danger-soft p-4 text-danger">
          <h3 id="pay-errors-title" className="font-bold">
            入力を確認してください（{wrong.length}か所）。計算はしていません。
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {wrong.map(([name, message]) => (
              <li key={name}>
                <a href={`#pay-${name}`} className="underline">
                  {fieldLabels[name]}
                </a>
                ：{message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className={box}>
        <legend className={legend}>あなたについて</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField id="pay-age" name="age" label={fieldLabels.age} options={choices(ageBands)} defaultValue={values.age} error={errors.age} />
          <SelectField id="pay-city" name="city" label={fieldLabels.city} options={choices(municipalityOptions)} defaultValue={values.city} error={errors.city} hint="国民健康保険料は市区町村ごとに違います。もう一方の地域の額も結果に出します。" />
        </div>
      </fieldset>

      <fieldset className={box}>
        <legend className={legend}>フリーランス・業務委託の案件</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("rate", "万円／月（例：60）")}
          <SelectField id="pay-rateTax" name="rateTax" label={fieldLabels.rateTax} options={choices(rateBases)} defaultValue={values.rateTax} error={errors.rateTax} />
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">{fieldLabels.mode}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-1">
            {Object.entries(workModes).map(([key, label]) => (
              <label key={key} className="inline-flex items-center gap-1.5 text-sm">
                <input type="radio" name="mode" value={key} defaultChecked={values.mode === key} />
                {label}
              </label>
            ))}
          </div>
          {errors.mode && <p className="text-sm text-danger">{errors.mode}</p>}
          <div className="grid gap-4 sm:grid-cols-2">
            {text("days", "週の稼働日数で指定したとき：0.5〜5日（週5日＝月20日として換算）")}
            {text("util", "稼働率で指定したとき：％（100％＝週5日）")}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("months", "1〜12か月（案件の切れ目や休みを引いた月数）", { inputMode: "numeric" })}
          {text("expenses", "万円／年（通信費・PC・書籍など。例：30）")}
          <SelectField id="pay-blue" name="blue" label={fieldLabels.blue} options={choices(blueReturnOptions)} defaultValue={values.blue} error={errors.blue} />
          <SelectField id="pay-btax" name="btax"
            label={fieldLabels.btax}
            options={choices({ "1": "かかる（法定業種として5%）", "0": "かからない" })}
            defaultValue={values.btax}
            error={errors.btax}
            hint="PMO業務はコンサルタント業・請負業などとして課税されることがあります。判断は都道府県です。"
          />
          {text("ideco", "円（0円、または5,000〜68,000円の1,000円単位）", { inputMode: "numeric" })}
          {text("kyosai", "円（0円、または1,000〜70,000円の500円単位）", { inputMode: "numeric" })}
          <SelectField id="pay-ctax" name="ctax" label={fieldLabels.ctax} options={choices(consumptionMethods)} defaultValue={values.ctax} error={errors.ctax} />
          {text("base", "万円。空欄なら今年と同じとみなします（2割特例・免税は1,000万円以下）")}
        </div>
      </fieldset>

      <fieldset className={box}>
        <legend className={legend}>会社員の求人・オファー</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {text("salary", "万円（賞与を含む。例：700）")}
          {text("bonus", "か月分（年2回に分けて支給。例：4）")}
          {text("workdays", "日（週5日・月20日なら240日）", { inputMode: "numeric" })}
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand px-6 py-2.5 font-semibold text-brand-ink hover:opacity-90">
          計算する
        </button>
        <a href="/tools/pay" className="text-sm text-brand underline">
          モデルケースに戻す
        </a>
      </div>
    </form>
  );
}
