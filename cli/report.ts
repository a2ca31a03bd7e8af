import type { ExecutionReport } from '../local/runner.js';
import type { AuditRecord } from '../shared/audit/record.js';

const pad = (value: string, width: number) =>
  value.length >= width ? `${value} ` : value.padEnd(width);

const routeLabel = (record: AuditRecord | undefined): string =>
  !record || record.route === 'none'
    ? 'none'
    : `${record.route.toUpperCase()}${record.fallbackFromGlobal ? ' (fallback)' : ''}`;

/** One line per payload: route, profile, outcome, finding types. Never the text. */
export const formatRow = (label: string, report: ExecutionReport, width = 34): string => {
  const record = report.audit;
  const findings = record
    ? Object.entries(record.findingCounts).map(([type, n]) => (n > 1 ? `${type}×${n}` : type))
    : [];
  const outcome = record?.outcome ?? 'unaudited';
  const detail = record?.errorName ? ` ${record.errorName}` : '';
  return [
    pad(label, width),
    pad(record?.classification ?? '?', 14),
    pad(`-> ${routeLabel(record)}`, 11),
    pad(record?.profileId ?? '-', 44),
    pad(`${outcome}${detail}`, 10),
    findings.join(', ') || '-',
  ].join('');
};

export const formatHeader = (width = 34): string =>
  [
    pad('payload', width),
    pad('class', 14),
    pad('route', 11),
    pad('profile', 44),
    pad('outcome', 10),
    'findings',
  ].join('');

/** Column width for the payload labels: the longest label, within reason. */
export const labelWidth = (labels: readonly string[]): number =>
  Math.min(60, Math.max(8, ...labels.map((label) => label.length)) + 2);

export interface RunSummary {
  readonly total: number;
  readonly personal: number;
  readonly nonSensitive: number;
  readonly eu: number;
  readonly global: number;
  readonly ok: number;
  readonly failed: number;
  readonly rejected: number;
}

export const summarizeRun = (reports: readonly ExecutionReport[]): RunSummary => {
  const records = reports.map((r) => r.audit);
  const count = (predicate: (r: AuditRecord) => boolean) =>
    records.filter((r) => r && predicate(r)).length;
  return {
    total: reports.length,
    personal: count((r) => r.classification === 'personal'),
    nonSensitive: count((r) => r.classification === 'non-sensitive'),
    eu: count((r) => r.route === 'eu'),
    global: count((r) => r.route === 'global'),
    ok: count((r) => r.outcome === 'ok'),
    failed: reports.length - count((r) => r.outcome === 'ok' || r.outcome === 'rejected'),
    rejected: count((r) => r.outcome === 'rejected'),
  };
};

export const formatAuditRecord = (record: AuditRecord): string =>
  [
    pad(record.recordedAt, 26),
    pad(record.requestId, 40),
    pad(record.outcome, 10),
    pad(record.classification, 14),
    pad(record.route, 8),
    pad(record.profileId ?? '-', 44),
    pad(record.errorName ?? '-', 26),
    Object.keys(record.findingCounts).join(',') || '-',
  ].join('');
