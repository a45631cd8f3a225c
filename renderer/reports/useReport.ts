// Runs one report command and keeps its result, error and loading state for a view.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandArgs, CommandResults } from '../../shared/api';
import type { ReportCommandName } from '../../shared/api';
import { call } from '../api/desk';
import { toast } from '../store';
import type { ExportFile } from '../../shared/apiReports';
import { saveFile } from './download';

export function useReport<K extends ReportCommandName>(name: K, args: CommandArgs<K> | null) {
  const [data, setData] = useState<CommandResults[K] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const key = args === null ? null : JSON.stringify(args);
  const load = useCallback(async () => {
    if (key === null) return;
    const mine = ++seq.current;
    setLoading(true);
    const r = await call(name, JSON.parse(key) as CommandArgs<K>);
    if (mine !== seq.current) return; // a newer request superseded this one
    setLoading(false);
    if (r.ok) {
      setData(r.value);
      setError(null);
    } else setError(r.message);
  }, [name, key]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, error, loading, reload: load };
}

export async function exportReport(args: CommandArgs<'report:export'>): Promise<ExportFile | null> {
  const r = await call('report:export', args);
  if (!r.ok) {
    toast('error', r.message);
    return null;
  }
  saveFile(r.value);
  return r.value;
}
