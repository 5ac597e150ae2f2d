import { careerDownload } from "@/lib/career/documents/download";
import { buildResume } from "@/lib/career/documents/resume";
import { resumeToMarkdown } from "@/lib/career/documents/resume-markdown";

export const GET = careerDownload("resume-md", ({ record }) => resumeToMarkdown(buildResume(record)));
