/**
 * The contingency plan for technology problems (seed 003 §3): mandatory, agreed beforehand, phone as the
 * fallback, the patient's phone or e-mail confirmed beforehand. Only yes/no facts are kept — never the
 * number, the address or the emergency contact themselves.
 */

export interface ContingencyPlan {
  /** Minutes the clinician waits before calling back (from the team's configuration). */
  callbackDelayMinutes: number;
  phoneVerified: boolean;
  emailVerified: boolean;
  /** The patient named an emergency contact they authorise (the contact is not stored). */
  emergencyContactConfirmed: boolean;
  agreedWithPatient: boolean;
  recordedBy: string;
  recordedAt: string;
}

/** Codes only: a crisis is recorded as the fact that it happened, never what was said (DESIGN, privacy). */
export const INCIDENT_KINDS = ["connectionLost", "switchedToPhone", "crisis"] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export interface Incident {
  kind: IncidentKind;
  at: string;
  /** Entra object id of the clinician who reported it. */
  by: string;
}

/** 003 §3: the connection losses reported, oldest first — a crisis or the switch to phone is not one. */
export function connectionLosses(incidents: readonly Incident[]): Incident[] {
  return incidents.filter((i) => i.kind === "connectionLost");
}

export type ContingencyGap = "agreed" | "contactVerified";

export type PlanStatus = { kind: "agreed" } | { kind: "missing"; gaps: ContingencyGap[] };

/** §3: agreed with the patient, and their phone or e-mail confirmed beforehand. */
export function planStatus(plan: ContingencyPlan | undefined): PlanStatus {
  if (!plan) return { kind: "missing", gaps: ["agreed", "contactVerified"] };
  const gaps: ContingencyGap[] = [];
  if (!plan.agreedWithPatient) gaps.push("agreed");
  if (!plan.phoneVerified && !plan.emailVerified) gaps.push("contactVerified");
  return gaps.length === 0 ? { kind: "agreed" } : { kind: "missing", gaps };
}

/** Where the plan stands, as the cards say it: agreed, agreed with the phone or e-mail still to confirm, or not agreed. */
export type PlanStanding = "none" | "agreed" | "contactToConfirm" | "notAgreed";

export function planStanding(plan: ContingencyPlan | undefined): PlanStanding {
  if (!plan) return "none";
  const status = planStatus(plan);
  if (status.kind === "agreed") return "agreed";
  return status.gaps.includes("agreed") ? "notAgreed" : "contactToConfirm";
}

/** A bound on stored incidents: a meeting does not drop a hundred times, a buggy client might. */
export const MAX_INCIDENTS = 100;

export function appendIncident(incidents: readonly Incident[], incident: Incident): Incident[] {
  const next = [...incidents, incident];
  return next.length > MAX_INCIDENTS ? next.slice(next.length - MAX_INCIDENTS) : next;
}
