import type { Report } from '../../../src/core/report';
import { sampleReport } from '../background/report-fixture';

/** The sample report with its practices changed by `edit`. */
export function reportWith(edit: (practices: Report['practices']) => void): Report {
  const report = sampleReport();
  edit(report.practices);
  return report;
}

export const AT = (day: number): string => new Date(Date.UTC(2026, 0, day)).toISOString();
