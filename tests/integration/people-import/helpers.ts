// Calls of the import as the browser makes them: the preview route with the file as body, then the actions.
import { POST } from "@/app/people/import/preview/route";
import {
  cancelStaffImportAction,
  commitStaffImportAction,
  stageStaffImportRowsAction,
  startStaffImportAction,
} from "@/app/people/import/actions";
import { idle } from "@/lib/actions/state";
import type { PreviewView } from "@/lib/people/import/describe";
import { form } from "../../support/form";

export async function preview(municipalityId: string, fileName: string, body: BodyInit, headers: HeadersInit = {}) {
  const response = await POST(
    new Request(`http://localhost/people/import/preview?municipality=${municipalityId}&file=${fileName}`, {
      method: "POST",
      body,
      headers: { origin: "http://localhost", host: "localhost", ...headers },
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit),
  );
  const text = await response.text();
  return { status: response.status, view: (text.startsWith("{") ? JSON.parse(text) : text) as PreviewView };
}

export const accepted = (view: PreviewView) =>
  view.ok
    ? view.rows
        .filter((row) => row.problems.length === 0)
        .map(({ line, name, email, workField, jobTitle, language }) => ({
          line,
          name,
          email,
          workField,
          jobTitle,
          language,
        }))
    : [];

export const start = (municipalityId: string, expectedRows: number) =>
  startStaffImportAction(idle, form({ municipalityId, expectedRows: String(expectedRows) }));
export const stage = (importId: string, rows: unknown[]) =>
  stageStaffImportRowsAction(idle, form({ importId, rows: JSON.stringify(rows) }));
export const commit = (importId: string) => commitStaffImportAction(idle, form({ importId }));
export const cancel = (importId: string) => cancelStaffImportAction(idle, form({ importId }));

/** Preview, stage in chunks and commit, as the screen does; the commit's state. */
export async function importAll(municipalityId: string, view: PreviewView, chunk = 250) {
  const rows = accepted(view);
  const started = await start(municipalityId, rows.length);
  if (started.status !== "success") return started;
  const { importId } = started.data;
  for (let from = 0; from < rows.length; from += chunk) {
    const staged = await stage(importId, rows.slice(from, from + chunk));
    if (staged.status !== "success") return staged;
  }
  return commit(importId);
}
