import ExcelJS from "exceljs";
import { careerPhaseColumns, careerPhases, type CareerPhase } from "../vocabulary";
import { skillSheetColumns, type SkillSheet } from "./skill-sheet";

const phases = Object.keys(careerPhases) as CareerPhase[];
const thin = { style: "thin" as const, color: { argb: "FF808080" } };
const border = { top: thin, bottom: thin, left: thin, right: thin };
const widths = [5, 14, 52, 18, 14, 24, ...phases.map(() => 5)];

/** The スキルシート as an Excel workbook: one row per project, laid out to print on A4 landscape. */
export async function skillSheetToXlsx(sheet: SkillSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PMOキャリアガイド";
  const worksheet = workbook.addWorksheet(sheet.title, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
  });
  worksheet.columns = widths.map((width) => ({ width }));
  const lastColumn = widths.length;

  const title = worksheet.addRow([sheet.title]);
  title.font = { bold: true, size: 16 };
  worksheet.mergeCells(title.number, 1, title.number, lastColumn);
  worksheet.addRow([sheet.asOf]);
  if (sheet.name) worksheet.addRow(["氏名", "", sheet.name]);
  for (const item of sheet.summary) {
    const row = worksheet.addRow([item.label, "", item.value]);
    worksheet.mergeCells(row.number, 3, row.number, lastColumn);
    row.getCell(3).alignment = { wrapText: true, vertical: "top" };
  }
  worksheet.addRow([]);

  const header = worksheet.addRow([...skillSheetColumns, ...phases.map((phase) => careerPhaseColumns[phase])]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = border;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  // Repeat the header row on every printed page.
  worksheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;

  for (const project of sheet.rows) {
    const period = [project.period, project.duration && `（${project.duration}）`].filter(Boolean).join("\n");
    const row = worksheet.addRow([
      project.no,
      period,
      [`【${project.title}】`, ...project.work].join("\n"),
      project.role.join("\n"),
      project.scale.join("\n"),
      project.environment.join("\n"),
      ...phases.map((phase) => (project.phases[phase] ? "●" : "")),
    ]);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = border;
      cell.alignment = { wrapText: true, vertical: "top", horizontal: column === 1 || column > skillSheetColumns.length ? "center" : "left" };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
