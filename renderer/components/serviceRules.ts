// The 服务用语 rules the reply boxes check against. Fetched when a reply box opens (so an edit made at
// another seat is in force for the next reply) and replaced at once when Settings saves.
import { create } from 'zustand';
import type { ServiceRules } from '../../shared/service/types';
import { call } from '../api/desk';

export const useServiceRules = create<{ rules: ServiceRules | null }>()(() => ({ rules: null }));

export function setServiceRules(rules: ServiceRules): void {
  useServiceRules.setState({ rules });
}

let inFlight: Promise<void> | null = null;
export function loadServiceRules(): Promise<void> {
  inFlight ??= call('service:get-rules', {})
    .then((r) => {
      if (r.ok) setServiceRules(r.value);
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}
