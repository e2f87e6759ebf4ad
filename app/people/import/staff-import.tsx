"use client";
import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { DataTable, cell } from "@/components/ui/data-table";
import type { ActionState } from "@/lib/actions/state";
import { idle } from "@/lib/actions/state";
import type { PreviewRowView, PreviewView } from "@/lib/people/import/describe";
import {
  cancelStaffImportAction,
  commitStaffImportAction,
  stageStaffImportRowsAction,
  startStaffImportAction,
} from "./actions";

type Props = {
  municipalities: { id: string; name: string }[];
  limits: { fileBytes: number; chunkRows: number };
};

type Progress = { phase: "staging" | "committing"; staged: number; total: number };

const button = "rounded px-4 py-2 font-medium aria-disabled:opacity-60";
const primary = `${button} bg-brand-700 text-white hover:bg-brand-800`;
const secondary = `${button} border border-brand-700 bg-white text-brand-800 hover:bg-brand-50`;

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

const stagedRow = (row: PreviewRowView) => ({
  line: row.line,
  name: row.name,
  email: row.email,
  workField: row.workField,
  jobTitle: row.jobTitle,
  language: row.language,
});

/**
 * The import screen: choose a municipality and a file, see every row checked (nothing is
 * written), then import with progress — the accepted rows go to the server in chunks and
 * become accounts only in the final step, all at once; cancelling drops what was sent.
 */
export function StaffImport({ municipalities, limits }: Props) {
  const t = useTranslations("peopleImport");
  const [message, setMessage] = useState<ActionState<unknown>>(idle);
  const [checking, setChecking] = useState(false);
  const [preview, setPreview] = useState<Extract<PreviewView, { ok: true }> | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const cancelled = useRef(false);
  const megabytes = limits.fileBytes / (1024 * 1024);

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checking) return;
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const municipalityId = String(form.get("municipalityId") ?? "");
    setPreview(null);
    if (!(file instanceof File) || file.size === 0 || !file.name) {
      setMessage({ status: "error", message: t("page.chooseFile") });
      return;
    }
    if (file.size > limits.fileBytes) {
      setMessage({ status: "error", message: t("file.tooBig", { megabytes, rows: 0 }) });
      return;
    }
    setChecking(true);
    setMessage(idle);
    try {
      const query = new URLSearchParams({ municipality: municipalityId, file: file.name });
      const response = await fetch(`/people/import/preview?${query}`, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream" },
        body: file,
      });
      const answer = (await response.json()) as PreviewView;
      if (answer.ok) setPreview(answer);
      else setMessage({ status: "error", message: answer.message });
    } catch {
      setMessage({ status: "error", message: t("page.unreachable") });
    } finally {
      setChecking(false);
    }
  }

  async function importAccepted() {
    if (!preview || progress) return;
    const rows = preview.rows.filter((row) => row.problems.length === 0).map(stagedRow);
    cancelled.current = false;
    setMessage(idle);
    setProgress({ phase: "staging", staged: 0, total: rows.length });
    const started = await startStaffImportAction(
      idle,
      formOf({ municipalityId: preview.municipality.id, expectedRows: String(rows.length) }),
    );
    if (started.status !== "success") return finish(started);
    const { importId } = started.data;
    for (let from = 0; from < rows.length; from += limits.chunkRows) {
      if (cancelled.current) return stopCancelled(importId);
      const chunk = rows.slice(from, from + limits.chunkRows);
      const staged = await stageStaffImportRowsAction(idle, formOf({ importId, rows: JSON.stringify(chunk) }));
      if (staged.status !== "success") return finish(staged, importId);
      setProgress({ phase: "staging", staged: staged.data.staged, total: rows.length });
    }
    if (cancelled.current) return stopCancelled(importId);
    setProgress({ phase: "committing", staged: rows.length, total: rows.length });
    const committed = await commitStaffImportAction(idle, formOf({ importId }));
    if (committed.status === "success") setPreview(null);
    return finish(committed, committed.status === "success" ? undefined : importId);
  }

  /** Shows the outcome; a refused import's staged rows are dropped, so nothing of it stays. */
  async function finish(state: ActionState<unknown>, dropImport?: string) {
    if (dropImport) await cancelStaffImportAction(idle, formOf({ importId: dropImport }));
    setProgress(null);
    setMessage(state);
  }

  async function stopCancelled(importId: string) {
    const state = await cancelStaffImportAction(idle, formOf({ importId }));
    setProgress(null);
    setMessage(state);
  }

  /** Takes effect between two chunks: the one on its way is dropped with the rest. */
  function cancel() {
    cancelled.current = true;
  }

  const percent = progress ? Math.round((progress.staged / Math.max(progress.total, 1)) * 100) : 0;
  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={check} aria-label={t("page.title")} className="flex max-w-xl flex-col gap-4" noValidate>
        <SelectField
          name="municipalityId"
          label={t("page.municipality")}
          help={t("page.municipalityHelp")}
          options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          required
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="file" className="font-medium">
            {t("page.file")}
          </label>
          <p id="file-help" className="text-sm text-muted">
            {t("page.fileHelp", { megabytes })}
          </p>
          <input
            id="file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="file-help"
            className="rounded border border-brand-600 bg-white p-2"
          />
        </div>
        <button type="submit" aria-disabled={checking || progress !== null} className={`${primary} self-start`}>
          {checking ? t("page.checking") : t("page.preview")}
        </button>
      </form>
      <FormMessage state={message} />
      {progress && (
        <div className="flex max-w-xl flex-col gap-2" data-testid="import-progress">
          <div
            role="progressbar"
            aria-label={t("progress.label")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="h-4 overflow-hidden rounded-full border border-brand-600 bg-white"
          >
            <div className="h-full bg-brand-600" style={{ width: `${percent}%` }} />
          </div>
          <p role="status">
            {progress.phase === "staging"
              ? t("progress.staging", { staged: progress.staged, total: progress.total })
              : t("progress.committing")}
          </p>
          {progress.phase === "staging" && (
            <button type="button" onClick={cancel} className={`${secondary} self-start`}>
              {t("progress.cancel")}
            </button>
          )}
        </div>
      )}
      {preview && <PreviewTable preview={preview} busy={progress !== null} onImport={importAccepted} />}
    </div>
  );
}

function PreviewTable({
  preview,
  busy,
  onImport,
}: {
  preview: Extract<PreviewView, { ok: true }>;
  busy: boolean;
  onImport: () => void;
}) {
  const t = useTranslations("peopleImport.preview");
  const skipped = preview.total - preview.accepted;
  return (
    <section aria-labelledby="preview-title" className="flex flex-col gap-3" data-testid="import-preview">
      <h2 id="preview-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>{t("into", { municipality: preview.municipality.name })}</p>
      <p className="font-medium" data-testid="import-summary">
        {t("summary", { accepted: preview.accepted, total: preview.total })}
        {skipped > 0 && ` ${t("skipped", { count: skipped })}`}
      </p>
      {preview.accepted > 0 && (
        <button type="button" onClick={onImport} aria-disabled={busy} className={`${primary} self-start`}>
          {t("import", { count: preview.accepted })}
        </button>
      )}
      <DataTable
        dense
        testId="import-rows"
        caption={t("caption")}
        scrollLabel={t("caption")}
        headers={[t("line"), t("name"), t("email"), t("workField"), t("jobTitle"), t("problems")]}
      >
        {preview.rows.map((row) => (
          <tr
            key={row.line}
            className="border-b border-brand-50"
            data-testid="import-row"
            data-accepted={row.problems.length === 0}
          >
            <td className={cell}>{row.line}</td>
            <td className={cell}>{row.name}</td>
            <td className={`${cell} break-all`}>{row.email}</td>
            <td className={cell}>{row.workFieldLabel}</td>
            <td className={cell}>{row.jobTitle}</td>
            <td className={cell}>
              {row.problems.length === 0 ? (
                <span className="text-brand-800">✔ {t("ok")}</span>
              ) : (
                <ul className="font-medium text-red-800">
                  {row.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
