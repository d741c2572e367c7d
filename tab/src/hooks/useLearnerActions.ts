/**
 * A change to one learner (designate, withdraw, remove), sent with the learner's ETag. The answer
 * replaces the learner in the list; a refusal is kept for the page to show, and the list read again.
 */
import { useState } from "react";
import { teamPath } from "../api/apiClient.js";
import type { LearnerView, LearnersState } from "./useLearners.js";
import { useOneAtATime } from "./useOneAtATime.js";
import { useSession } from "./useSession.js";

export type LearnerChange = "designate" | "withdraw" | "remove";

const REQUESTS: Record<LearnerChange, { method: "PUT" | "DELETE"; path: string }> = {
  designate: { method: "PUT", path: "/designation" },
  withdraw: { method: "DELETE", path: "/designation" },
  remove: { method: "DELETE", path: "" },
};

export function useLearnerActions(learners: LearnersState, doneText: string) {
  const { api, teamKey } = useSession();
  const [failure, setFailure] = useState<unknown>();
  const [notice, setNotice] = useState("");

  const oneAtATime = useOneAtATime<unknown>();

  const act = (learner: LearnerView, change: LearnerChange) =>
    oneAtATime(`${change}|${learner.oid}`, async () => {
      if (!teamKey) return;
      const { method, path } = REQUESTS[change];
      setFailure(undefined);
      try {
        const { data } = await api.send<LearnerView | undefined>(
          method,
          teamPath(teamKey, `/learners/${learner.oid}${path}`),
          method === "PUT" ? {} : undefined,
          { ifMatch: learner.etag },
        );
        learners.replace(learner.oid, change === "remove" ? null : (data ?? null));
        setNotice(doneText);
      } catch (e) {
        setFailure(e);
        learners.reload();
      }
    });

  return { act, failure, notice };
}
