import type { CareerProject } from "@/db/schema";
import type { CareerRecord } from "@/lib/career/documents/record";
import { certificationNames } from "@/lib/certifications/slugs";

let counter = 0;

/** A project row as the database returns it, with every optional field empty unless given. */
export function project(overrides: Partial<CareerProject> = {}): CareerProject {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    userId: "00000000-0000-4000-8000-aaaaaaaaaaaa",
    position: counter,
    title: `案件${counter}`,
    startMonth: null,
    endMonth: null,
    ongoing: false,
    company: "",
    companyNamed: true,
    companyAlias: "",
    employmentType: null,
    client: "",
    industry: null,
    teamSize: null,
    budgetBand: null,
    role: "",
    pmoType: null,
    phases: [],
    methods: [],
    tools: [],
    responsibilities: "",
    achievements: [],
    certificationSlugs: [],
    skills: [],
    countsForPmp: true,
    pmpObjective: "",
    pmpRole: "",
    pmpResponsibilities: "",
    pmpDeliverables: "",
    pmpOutcome: "",
    version: 1,
    createdAt: new Date("2026-11-01T00:00:00Z"),
    updatedAt: new Date("2026-11-01T00:00:00Z"),
    ...overrides,
  };
}

export function record(overrides: Partial<CareerRecord> = {}): CareerRecord {
  return { profile: null, projects: [], certifications: [], asOf: "2026-12-02", certificationNames, ...overrides };
}
