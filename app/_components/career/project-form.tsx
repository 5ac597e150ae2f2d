"use client";

import { useActionState, type ReactNode } from "react";
import { buttonClasses } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import type { ActionState } from "@/lib/actions/validated-action";
import { createProjectAction, updateProjectAction, type CareerActionData } from "@/lib/career/actions";
import { achievementSlots, budgetBands, careerEmploymentTypes, careerPhases } from "@/lib/career/vocabulary";
import { certificationNames } from "@/lib/certifications/slugs";
import { industries } from "@/lib/listings/vocabulary";
import { CareerMessage } from "./career-message";
import { CheckboxField, CheckboxGroup, SelectField, TextArea } from "./controls";

/** The form's starting values: a saved project's, or none for a new one. */
export interface ProjectFormValues {
  id: string;
  version: number;
  title: string;
  startMonth: string | null;
  endMonth: string | null;
  ongoing: boolean;
  company: string;
  companyNamed: boolean;
  companyAlias: string;
  employmentType: string | null;
  client: string;
  industry: string | null;
  teamSize: number | null;
  budgetBand: string | null;
  role: string;
  pmoType: string | null;
  phases: string[];
  methods: string[];
  tools: string[];
  skills: string[];
  responsibilities: string;
  achievements: { situation: string; action: string; result: string }[];
  certificationSlugs: string[];
  countsForPmp: boolean;
}

const none = (label = "選択しない"): [string, string] => ["", label];

function Section({ title, open, children }: { title: string; open: boolean; children: ReactNode }) {
  return (
    // Keyed by open: a message inside a folded section must not stay hidden after a failed save.
    <details key={String(open)} className={cardClass} open={open}>
      <summary className="cursor-pointer font-bold text-brand underline">{title}</summary>
      <div className="mt-3 space-y-3">{children}</div>
    </details>
  );
}

/**
 * Adds or edits a project. Only the title is required, and on a new project everything past the
 * period and company is folded away, so a project can be noted on a phone and completed later.
 */
export function ProjectForm({ project, pmoTypeOptions }: { project?: ProjectFormValues; pmoTypeOptions: [string, string][] }) {
  const [state, action, pending] = useActionState<ActionState<CareerActionData>, FormData>(project ? updateProjectAction : createProjectAction, {});
  const errors = state.fieldErrors ?? {};
  const echoed = state.values;
  const text = (name: string, saved: string | number | null | undefined) => echoed?.[name] ?? (saved == null ? "" : String(saved));
  const ticked = (name: string, saved: boolean) => (echoed ? echoed[name] === "on" : saved);
  const id = (name: string) => `project-${name}`;
  const editing = Boolean(project);
  /** Open on an existing project, and on a new one wherever the last save found a mistake. */
  const opened = (...fields: string[]) => editing || fields.some((field) => Object.keys(errors).some((key) => key === field || key.startsWith(field)));
  return (
    <form action={action} className="space-y-4" noValidate>
      {project && (
        <>
          <input type="hidden" name="projectId" value={project.id} />
          <input type="hidden" name="version" value={project.version} />
        </>
      )}
      <CareerMessage state={state} reloadHref={project ? `/me/career/projects/${project.id}` : "/me/career/projects/new"} />
      <div className={`space-y-3 ${cardClass}`}>
        <Field id={id("title")} name="title" label="案件名（必須）" required maxLength={120} defaultValue={text("title", project?.title)} error={errors.title} hint="例: 損害保険会社の契約管理システム刷新PMO" />
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id={id("start")} name="startMonth" type="month" label="開始（年月）" defaultValue={text("startMonth", project?.startMonth)} error={errors.startMonth} hint="例: 2024-04" />
          <Field id={id("end")} name="endMonth" type="month" label="終了（年月）" defaultValue={text("endMonth", project?.endMonth)} error={errors.endMonth} hint="続いている案件は空のまま" />
          <div className="sm:pt-7">
            <CheckboxField id={id("ongoing")} name="ongoing" label="現在も継続中" defaultChecked={ticked("ongoing", project?.ongoing ?? false)} />
          </div>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={id("company")} name="company" label="会社名（在籍・契約していた会社）" maxLength={100} defaultValue={text("company", project?.company)} error={errors.company} />
          <SelectField id={id("employment")} name="employmentType" label="雇用形態" options={[none(), ...Object.entries(careerEmploymentTypes)]} defaultValue={text("employmentType", project?.employmentType)} error={errors.employmentType} />
        </div>
        <CheckboxField id={id("company-hidden")} name="companyHidden" label="社名を書類に出さない" defaultChecked={ticked("companyHidden", project ? !project.companyNamed : false)} hint="チェックすると、書類には下の「書類での表記」を載せます。" />
        <Field id={id("company-alias")} name="companyAlias" label="書類での会社の表記（社名を出さないとき）" maxLength={100} defaultValue={text("companyAlias", project?.companyAlias)} error={errors.companyAlias} hint="例: 独立系SIer（従業員約500名）" />
      </div>

      <Section title="顧客・規模・役割" open={opened("client", "industry", "teamSize", "budgetBand", "role", "pmoType")}>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={id("client")} name="client" label="顧客・業務先（書類に載せる表記）" maxLength={100} defaultValue={text("client", project?.client)} error={errors.client} hint="例: 大手損害保険会社" />
          <SelectField id={id("industry")} name="industry" label="業界" options={[none(), ...Object.entries(industries)]} defaultValue={text("industry", project?.industry)} error={errors.industry} />
          <Field id={id("team-size")} name="teamSize" type="number" inputMode="numeric" min={1} max={100000} label="体制（人数）" defaultValue={text("teamSize", project?.teamSize)} error={errors.teamSize} />
          <SelectField id={id("budget")} name="budgetBand" label="予算規模" options={[none("選択しない・非公開"), ...Object.entries(budgetBands)]} defaultValue={text("budgetBand", project?.budgetBand)} error={errors.budgetBand} />
          <Field id={id("role")} name="role" label="役割" maxLength={100} defaultValue={text("role", project?.role)} error={errors.role} hint="例: PMOリーダー（メンバー3名）" />
          <SelectField id={id("pmo-type")} name="pmoType" label="PMOのタイプ" options={[none("選択しない・PMO以外の役割"), ...pmoTypeOptions]} defaultValue={text("pmoType", project?.pmoType)} error={errors.pmoType} />
        </div>
      </Section>

      <Section title="担当工程・手法・ツール" open={opened("phase-", "methods", "tools")}>
        <CheckboxGroup legend="担当工程">
          {Object.entries(careerPhases).map(([phase, label]) => (
            <CheckboxField key={phase} id={id(`phase-${phase}`)} name={`phase-${phase}`} label={label} defaultChecked={ticked(`phase-${phase}`, project?.phases.includes(phase) ?? false)} />
          ))}
        </CheckboxGroup>
        <Field id={id("methods")} name="methods" label="手法" maxLength={2000} defaultValue={text("methods", project?.methods.join("、"))} error={errors.methods} hint="「、」で区切って入力。例: ウォーターフォール、スクラム、EVM" />
        <Field id={id("tools")} name="tools" label="ツール" maxLength={2000} defaultValue={text("tools", project?.tools.join("、"))} error={errors.tools} hint="例: JIRA、Backlog、Excel（関数・ピボット）" />
      </Section>

      <Section title="担当業務・実績" open={opened("responsibilities", "achievement")}>
        <TextArea id={id("responsibilities")} name="responsibilities" label="担当業務" rows={4} maxLength={3000} defaultValue={text("responsibilities", project?.responsibilities)} error={errors.responsibilities} hint="1行に1つずつ。例: 週次定例の運営と議事録作成" />
        {Array.from({ length: achievementSlots }, (_, index) => {
          const saved = project?.achievements[index];
          const n = index + 1;
          return (
            <fieldset key={n} className="space-y-2 rounded-md border border-line p-3">
              <legend className="px-1 text-sm font-semibold">実績{n}（状況 → 取り組み → 結果）</legend>
              <TextArea id={id(`achievement${n}-situation`)} name={`achievement${n}Situation`} label="状況（どんな課題があったか）" rows={2} maxLength={500} defaultValue={text(`achievement${n}Situation`, saved?.situation)} error={errors[`achievement${n}Situation`]} />
              <TextArea id={id(`achievement${n}-action`)} name={`achievement${n}Action`} label="取り組み（自分が何をしたか）" rows={2} maxLength={500} defaultValue={text(`achievement${n}Action`, saved?.action)} error={errors[`achievement${n}Action`]} />
              <TextArea id={id(`achievement${n}-result`)} name={`achievement${n}Result`} label="結果（できれば数字で）" rows={2} maxLength={500} defaultValue={text(`achievement${n}Result`, saved?.result)} error={errors[`achievement${n}Result`]} hint="例: 課題の平均解決日数を14日から6日に短縮" />
            </fieldset>
          );
        })}
      </Section>

      <Section title="資格・スキル・PMPの経験" open={opened("cert-", "skills", "countsForPmp")}>
        <CheckboxGroup legend="この案件に関係する資格" hint="保有している資格は「資格の記録」で合格にすると、職務経歴書の「資格」に載ります。">
          {Object.entries(certificationNames).map(([slug, name]) => (
            <CheckboxField key={slug} id={id(`cert-${slug}`)} name={`cert-${slug}`} label={name} defaultChecked={ticked(`cert-${slug}`, project?.certificationSlugs.includes(slug) ?? false)} />
          ))}
        </CheckboxGroup>
        <Field id={id("skills")} name="skills" label="スキル" maxLength={2000} defaultValue={text("skills", project?.skills.join("、"))} error={errors.skills} hint="例: WBS作成、ベンダーコントロール、議事録作成" />
        <CheckboxField
          id={id("counts-for-pmp")}
          name="countsForPmp"
          label="PMPの経験に数える（プロジェクトを率いた・指揮した経験）"
          defaultChecked={ticked("countsForPmp", project?.countsForPmp ?? true)}
          hint="PMIはプロジェクトを率いた・指揮した経験を数えます。補助のみの案件はチェックを外してください。"
        />
      </Section>

      <button type="submit" disabled={pending} className={buttonClasses({ variant: "primary", size: "lg" })}>
        {pending ? "保存しています…" : project ? "この内容で保存" : "案件を保存"}
      </button>
      {!project && <p className="text-sm text-ink-muted">案件名だけでも保存できます。残りの項目は後から入力できます。</p>}
    </form>
  );
}
