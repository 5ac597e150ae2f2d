import { AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Resume, ResumeProject, ResumeSection } from "./resume";

// A4 in twentieths of a point, with 20 mm margins: the paper a 職務経歴書 is printed on in Japan.
const page = { size: { width: 11906, height: 16838 }, margin: { top: 1134, right: 1134, bottom: 1134, left: 1134 } };
const font = { ascii: "Century", hAnsi: "Century", eastAsia: "游明朝", cs: "Century" };
const line = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const cellBorders = { top: line, bottom: line, left: line, right: line };

const text = (value: string, options: { bold?: boolean } = {}) => new TextRun({ text: value, bold: options.bold });

/** A paragraph per line, so line breaks the user typed survive. */
const paragraphs = (value: string) => value.split(/\r?\n/).map((part) => new Paragraph({ children: [text(part)] }));

function heading(value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `■${value}`, bold: true, size: 24 })],
    spacing: { before: 320, after: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

function cell(children: Paragraph[], options: { width: number; shaded?: boolean; span?: number }): TableCell {
  return new TableCell({
    children,
    width: { size: options.width, type: WidthType.PERCENTAGE },
    columnSpan: options.span,
    borders: cellBorders,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: options.shaded ? { type: ShadingType.CLEAR, color: "auto", fill: "EDEDED" } : undefined,
  });
}

/** One project as the familiar bordered table: its title and period on top, then label | content rows. */
function projectTable(project: ResumeProject): Table {
  const period = [project.period, project.duration && `（${project.duration}）`].filter(Boolean).join("");
  const rows = [
    new TableRow({
      children: [cell([new Paragraph({ children: [text(project.title, { bold: true }), ...(period ? [text(`　${period}`)] : [])] })], { width: 100, span: 2, shaded: true })],
    }),
    ...project.facts.map((fact) => new TableRow({ children: [cell([new Paragraph(fact.label)], { width: 22 }), cell(paragraphs(fact.value), { width: 78 })] })),
  ];
  if (project.responsibilities.length) {
    rows.push(
      new TableRow({
        children: [cell([new Paragraph("担当業務")], { width: 22 }), cell(project.responsibilities.map((item) => new Paragraph({ children: [text(item)], bullet: { level: 0 } })), { width: 78 })],
      }),
    );
  }
  if (project.achievements.length) {
    const lines = project.achievements.flatMap((parts) => parts.map((part, index) => new Paragraph({ children: [text(`${part.label}: ${part.value}`)], bullet: { level: index === 0 ? 0 : 1 } })));
    rows.push(new TableRow({ children: [cell([new Paragraph("実績")], { width: 22 }), cell(lines, { width: 78 })] }));
  }
  // Column widths in twips as well: some editors ignore percentages without a grid.
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [2120, 7518] });
}

function sectionBlocks(section: ResumeSection): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [heading(section.heading)];
  switch (section.kind) {
    case "summary":
    case "selfPr":
      for (const paragraph of section.paragraphs) blocks.push(...paragraphs(paragraph), new Paragraph(""));
      break;
    case "history":
      for (const company of section.companies) {
        if (company.name) {
          const about = [company.period, company.employment].filter(Boolean).join("・");
          blocks.push(new Paragraph({ children: [text(company.name, { bold: true }), ...(about ? [text(`（${about}）`)] : [])], spacing: { before: 200, after: 80 } }));
        }
        for (const project of company.projects) blocks.push(projectTable(project), new Paragraph(""));
      }
      break;
    case "strengths":
      blocks.push(...section.items.map((item) => new Paragraph({ children: [text(item)], bullet: { level: 0 } })));
      if (section.keywords.length) blocks.push(new Paragraph({ children: [text(`主なスキル・手法・ツール: ${section.keywords.join("、")}`)], bullet: { level: 0 } }));
      break;
    case "qualifications":
      blocks.push(...section.items.map((item) => new Paragraph({ children: [text(item.date ? `${item.date}　${item.name}` : item.name)] })));
      break;
  }
  return blocks;
}

/** The 職務経歴書 as a Word file (what agents and employers ask for), editable like one typed by hand. */
export async function resumeToDocx(resume: Resume): Promise<Buffer> {
  const document = new Document({
    creator: "PMOキャリアガイド",
    title: resume.title,
    styles: { default: { document: { run: { font, size: 21 } } } },
    sections: [
      {
        properties: { page },
        children: [
          new Paragraph({ children: [new TextRun({ text: resume.title, bold: true, size: 32 })], alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
          new Paragraph({ children: [text(resume.asOf)], alignment: AlignmentType.RIGHT }),
          ...(resume.name ? [new Paragraph({ children: [text(`氏名　${resume.name}`)], alignment: AlignmentType.RIGHT })] : []),
          ...resume.sections.flatMap(sectionBlocks),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
