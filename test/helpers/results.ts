// Unwrapping `{ ok, value } | { ok: false, error }` results in service tests.
interface AnyResult {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string } | unknown;
}

/** The value of a result that must succeed (otherwise the test fails with the error). */
export async function ok<T>(p: Promise<AnyResult>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

/** The error of a result that must be refused (otherwise the test fails with the value). */
export async function refused(p: Promise<AnyResult>): Promise<{ code: string; message: string }> {
  const r = await p;
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.value)}`);
  return r.error as { code: string; message: string };
}
