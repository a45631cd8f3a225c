// Settings forms show the server's refusal next to the form, not as a toast.
import type { CommandArgs, CommandName, CommandResults } from '../../shared/api';
import { call } from '../api/desk';
import { toast } from '../store';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export async function callInline<K extends CommandName>(
  name: K,
  args: CommandArgs<K>,
  okText?: string,
): Promise<Outcome<CommandResults[K]>> {
  const r = await call(name, args);
  if (r.ok && okText) toast('ok', okText);
  return r;
}
