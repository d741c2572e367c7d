/**
 * Registering a learner (POST /learners): the draft, the missing choices said in our own words, and the
 * API's refusal kept by field (`details[].path`) or as a whole. A change answers the last refusal.
 */
import { useState } from "react";
import type { LearnerRole } from "@shared/domain/learners.js";
import { teamPath } from "../api/apiClient.js";
import { ApiError } from "../api/apiError.js";
import type { Locale } from "../i18n/localeContext.js";
import { useOneAtATime } from "./useOneAtATime.js";
import { useSession } from "./useSession.js";

export interface LearnerDraft {
  oid?: string;
  role: LearnerRole;
  supervisors: string[];
  trainingSite: string;
  threshold: string;
}

const EMPTY: LearnerDraft = { role: "resident", supervisors: [], trainingSite: "", threshold: "" };

function body(form: LearnerDraft) {
  return {
    oid: form.oid,
    role: form.role,
    supervisors: form.supervisors,
    trainingSite: form.trainingSite,
    ...(form.threshold.trim() ? { observationThreshold: Number(form.threshold) } : {}),
  };
}

export type LearnerRegistration = ReturnType<typeof useRegisterLearner>;

export function useRegisterLearner(onRegistered: () => void, locale: Locale) {
  const { api, teamKey } = useSession();
  const [form, setForm] = useState<LearnerDraft>(EMPTY);
  // A registration resets the pickers.
  const [round, setRound] = useState(0);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const oneAtATime = useOneAtATime<unknown>();

  const update = (patch: Partial<LearnerDraft>) => {
    setForm((f) => ({ ...f, ...patch }));
    setError(undefined);
  };
  const fieldError = (path: string) => {
    if (!(error instanceof ApiError)) return undefined;
    return error.details.find((d) => d.path === path || d.path.startsWith(`${path}.`))?.message[locale];
  };
  const submit = () =>
    oneAtATime(JSON.stringify(form), async () => {
      if (!teamKey) return;
      const incomplete = !form.oid || form.supervisors.length === 0 || form.trainingSite.trim() === "";
      setMissing(incomplete);
      if (incomplete) return;
      setBusy(true);
      setError(undefined);
      try {
        await api.send("POST", teamPath(teamKey, "/learners"), body(form));
        setForm(EMPTY);
        setRound((r) => r + 1);
        onRegistered();
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    });
  /** A refusal that names no field. */
  const generalError =
    error !== undefined && !(error instanceof ApiError && error.details.length > 0) ? error : undefined;

  return { form, update, round, missing, busy, fieldError, generalError, submit };
}
