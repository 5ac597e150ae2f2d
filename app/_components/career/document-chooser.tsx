import type { CareerProject } from "@/db/schema";
import { buttonClasses } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";
import type { Selection } from "@/lib/career/documents/selection";
import { formatPeriod } from "@/lib/career/months";
import { projectOrders } from "@/lib/career/vocabulary";

/**
 * Which projects go into the documents and in what order: a plain GET form, so the choice lives
 * in the URL that every download and print link below it carries.
 */
export function DocumentChooser({ projects, selection }: { projects: CareerProject[]; selection: Selection }) {
  const chosen = selection.chosen ? new Set(selection.chosen) : null;
  return (
    <form method="get" action="/me/career/documents" className={`space-y-4 ${cardClass}`}>
      <input type="hidden" name="chosen" value="1" />
      <fieldset className="space-y-2">
        <legend className="font-semibold">載せる案件</legend>
        {projects.map((project) => (
          <div key={project.id} className="flex items-start gap-2">
            <input id={`choose-${project.id}`} type="checkbox" name="p" value={project.id} defaultChecked={!chosen || chosen.has(project.id)} className="mt-1 h-5 w-5 shrink-0" />
            <label htmlFor={`choose-${project.id}`} className="text-sm">
              {project.title}
              {formatPeriod(project) && <span className="ml-2 text-ink-muted">{formatPeriod(project)}</span>}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-semibold">並べ方</legend>
        {Object.entries(projectOrders).map(([value, label]) => (
          <div key={value} className="flex items-center gap-2">
            <input id={`order-${value}`} type="radio" name="order" value={value} defaultChecked={selection.order === value} className="h-5 w-5" />
            <label htmlFor={`order-${value}`} className="text-sm">
              {label}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className={buttonClasses()}>
        この選び方にする
      </button>
    </form>
  );
}
