import type { CareerProject } from "@/db/schema";
import { projectOrders, type ProjectOrder } from "../vocabulary";

export interface Selection {
  /** Ids in the query, or null when the user has not chosen yet (every project is then included). */
  chosen: string[] | null;
  order: ProjectOrder;
}

/**
 * Which projects a document includes and in what order, from its query string: `p` once per
 * chosen project, `order`, and `chosen=1` so that choosing none is told apart from not choosing.
 */
export function parseSelection(query: URLSearchParams): Selection {
  const order = query.get("order");
  const ids = query.getAll("p").filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  return {
    chosen: ids.length > 0 || query.get("chosen") === "1" ? ids : null,
    order: order && order in projectOrders ? (order as ProjectOrder) : "newest",
  };
}

/** Query values of a Next page's searchParams, as URLSearchParams. */
export function toSearchParams(query: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

export function selectionQuery(selection: Selection): string {
  const params = new URLSearchParams();
  params.set("order", selection.order);
  if (selection.chosen) {
    params.set("chosen", "1");
    for (const id of selection.chosen) params.append("p", id);
  }
  return params.toString();
}

// Projects without a start month go last in either date order.
const byStart = (direction: 1 | -1) => (a: CareerProject, b: CareerProject) => {
  if (!a.startMonth || !b.startMonth) return a.startMonth ? -1 : b.startMonth ? 1 : 0;
  return direction * a.startMonth.localeCompare(b.startMonth);
};

/** The chosen projects (the user's own list order is the starting point), in the chosen order. */
export function selectProjects(projects: CareerProject[], selection: Selection): CareerProject[] {
  const chosen = selection.chosen ? new Set(selection.chosen) : null;
  const included = projects.filter((project) => !chosen || chosen.has(project.id));
  if (selection.order === "custom") return included;
  // Array.prototype.sort is stable, so projects starting in the same month keep the user's order.
  return [...included].sort(byStart(selection.order === "newest" ? -1 : 1));
}
