/**
 * The meeting's encounter for the side panel (GET /meetings/{id}/encounter, polled: two clinicians — or a card
 * clicked in the chat — are in step within a poll) and the clinician's changes to it. A change made on a revision
 * someone else moved past comes back 409: the panel says so and shows the current state, which it reads again.
 */
import { useCallback, useRef } from "react";
import { encounterPath, meetingPath } from "../api/apiClient.js";
import type { EncounterPanelAnswer } from "../api/types.js";
import { ENCOUNTER_POLL_MS } from "./encounterPoll.js";
import { OwnRevisions } from "./ownRevisions.js";
import { useChangeRunner, type ChangeRunner } from "./useChangeRunner.js";
import { usePolled } from "./usePolled.js";
import { useSession } from "./useSession.js";

export interface EncounterPanelState extends Omit<ChangeRunner, "run"> {
  status: "loading" | "ready" | "error";
  answer?: EncounterPanelAnswer;
  /** The last read failed (the panel may show an older answer). */
  error?: unknown;
  /** POST /encounters/{id}/<action>, answered with the encounter as now stored. */
  act: (action: string, body: object) => Promise<boolean>;
  /** The tab's other encounter routes (new patient, learners): answered otherwise, so the panel reads it again. */
  send: (action: string, method: "PUT" | "DELETE", path: string, body?: object) => Promise<boolean>;
}

export function useEncounterPanel(meetingId: string): EncounterPanelState {
  const { api } = useSession();
  const polled = usePolled<EncounterPanelAnswer>(meetingPath(meetingId, "/encounter"), ENCOUNTER_POLL_MS);
  const { set, refresh } = polled;
  const { run, ...runner } = useChangeRunner(refresh);
  const own = useRef(new OwnRevisions());
  const encounter = polled.data?.encounter ?? undefined;

  const act = useCallback(
    (action: string, body: object) =>
      run(action, async () => {
        if (!encounter) return;
        // A form started before this panel's own last change is still the person's view (ownRevisions.ts).
        const sent = own.current.rebase(encounter, body);
        const answer = await api.send<EncounterPanelAnswer>("POST", encounterPath(encounter.id, `/${action}`), sent);
        if (answer.data.encounter) own.current.record(sent, answer.data.encounter);
        set(answer.data, answer.etag);
      }),
    [api, encounter, run, set],
  );
  const encounterId = encounter?.id ?? "";
  const send = useCallback(
    (action: string, method: "PUT" | "DELETE", rest: string, body?: object) =>
      run(action, async () => {
        await api.send(method, encounterPath(encounterId, rest), body);
        // The change is done once the panel shows it: until then the answer clicked stays on screen, rather than
        // the record's old one for the time of a second read. A read that fails leaves it to the next poll.
        const now = await api
          .getIfChanged<EncounterPanelAnswer>(meetingPath(meetingId, "/encounter"), undefined)
          .catch(() => undefined);
        if (now) set(now.data, now.etag);
        else refresh();
      }),
    [api, encounterId, meetingId, run, set, refresh],
  );

  return {
    ...runner,
    status: polled.data ? "ready" : polled.error !== undefined ? "error" : "loading",
    answer: polled.data,
    error: polled.error,
    act,
    send,
  };
}
