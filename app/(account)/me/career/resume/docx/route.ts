import { careerDownload } from "@/lib/career/documents/download";
import { buildResume } from "@/lib/career/documents/resume";
import { resumeToDocx } from "@/lib/career/documents/resume-docx";

export const GET = careerDownload("resume-docx", ({ record }) => resumeToDocx(buildResume(record)));
