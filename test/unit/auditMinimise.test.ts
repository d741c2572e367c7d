/**
 * What the append-only audit trail keeps (DESIGN, "Privacy by construction"): codes, numbers, yes/no and
 * people's object ids — and of free text only its size, never the text.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { isCodePath, isTextSize, minimiseChanges } from "../../bot/src/domain/auditMinimise.js";
import { diffValues } from "../../bot/src/domain/configDiff.js";
import { FREE_TEXT_FIELDS } from "../../bot/src/domain/freeTextFields.js";
import { DEFAULT_TEAM_CONFIGURATION } from "../../bot/src/domain/teamConfig.js";
import { teamConfigurationShape } from "../../bot/src/domain/teamConfigShape.js";

const LEARNER = "33333333-0000-4000-8000-000000000004";
const SUPERVISOR = "22222222-0000-4000-8000-000000000002";
const TYPED = "TREM 8501 1512, marie.t@example.com";

describe("free text in the audit trail", () => {
  it.each(Object.entries(FREE_TEXT_FIELDS))("keeps only the size of %s", (_name, field) => {
    const path = field.path.replace(/#/g, "1").replace("*", LEARNER);
    expect(minimiseChanges([{ path, before: "GMF", after: TYPED }])).toEqual([
      { path, before: { chars: 3 }, after: { chars: 35 } },
    ]);
  });

  it("keeps a whole corridor's id and kind, and the sizes of its texts", () => {
    const corridor = { id: "c-1", name: "GMF des Rivières", kind: "gmf", contact: TYPED, hours: "8 h à 16 h" };
    expect(minimiseChanges([{ path: "corridors.0", before: null, after: corridor }])).toEqual([
      {
        path: "corridors.0",
        before: null,
        after: { id: "c-1", name: { chars: 16 }, kind: "gmf", contact: { chars: 35 }, hours: { chars: 10 } },
      },
    ]);
  });

  it("keeps no typed text from a whole configuration, and its codes and numbers as they are", () => {
    const configuration = structuredClone(DEFAULT_TEAM_CONFIGURATION);
    configuration.contingency.bridgeText = TYPED;
    configuration.contingency.callbackDelayMinutes = 10;
    configuration.contingency.defaultRegionCode = "04";
    configuration.checklistProfile = "socialWork";
    configuration.reminderPolicy = { offsets: ["PT1H"], deadline: "PT12H" };
    configuration.annualEvaluationDate = "2027-03-15";
    configuration.matrix.cells = [{ situationId: "screening", modality: "phone", rating: "++" }];
    const kept = minimiseChanges(diffValues(DEFAULT_TEAM_CONFIGURATION, configuration));
    const text = JSON.stringify(kept);
    expect(text).not.toMatch(/TREM|example|Urgence|Info-Santé/);
    expect(kept).toEqual(
      expect.arrayContaining([
        { path: "contingency.bridgeText", before: { chars: 0 }, after: { chars: 35 } },
        { path: "contingency.callbackDelayMinutes", before: 5, after: 10 },
        // A region code from the schema's list (003 §3; 004): the trail names the region, Mauricie.
        { path: "contingency.defaultRegionCode", before: null, after: "04" },
        { path: "checklistProfile", before: "medicine", after: "socialWork" },
        { path: "reminderPolicy.offsets.0", before: "PT2H", after: "PT1H" },
        { path: "reminderPolicy.deadline", before: "PT24H", after: "PT12H" },
        { path: "annualEvaluationDate", before: null, after: "2027-03-15" },
        { path: "matrix.cells.0", before: null, after: { situationId: "screening", modality: "phone", rating: "++" } },
      ]),
    );
  });

  it("keeps learners' codes and people's ids, and the size of the training site", () => {
    const summary = { role: "resident", supervisors: [SUPERVISOR], trainingSite: "CHU de Québec", threshold: 3 };
    expect(minimiseChanges([{ path: `learners.${LEARNER}`, before: null, after: summary }])[0]?.after).toEqual({
      ...summary,
      trainingSite: { chars: 13 },
    });
    const designation = { at: "2025-03-04T15:00:00.000Z", by: SUPERVISOR, withdrawnAt: "2025-04-01T15:00:00.000Z" };
    const path = `learners.${LEARNER}.designation`;
    expect(minimiseChanges([{ path, before: null, after: designation }])[0]?.after).toEqual(designation);
  });

  it("keeps the codes of a consent event (003 §1.3)", () => {
    const facts = {
      method: "verbal",
      scope: { session: true, recording: false, informationSharing: false },
      identityDocumentKind: "ramqCard",
      inPersonOffered: true,
      inPersonAnswer: "declined",
      caregivers: "none",
      supportStaff: "presentWithConsent",
      interpreterPresent: true,
      group: { participants: 3, consentsRecorded: 3, conductRulesCommitment: true, organisedByEstablishment: true },
      withdrawnAt: "2025-03-04T15:00:00.000Z",
    };
    expect(minimiseChanges([{ path: "consent", before: null, after: facts }])[0]?.after).toEqual(facts);
  });

  it("takes a string under a path it does not know for free text, unless it is a person's object id", () => {
    expect(
      minimiseChanges([
        { path: "contingency.newSetting", before: null, after: "texte" },
        { path: "reviewers", before: [], after: [SUPERVISOR] },
      ]),
    ).toEqual([
      { path: "contingency.newSetting", before: null, after: { chars: 5 } },
      { path: "reviewers", before: [], after: [SUPERVISOR] },
    ]);
  });

  it("is idempotent and keeps the marker of a value too large to keep", () => {
    const once = minimiseChanges([
      { path: "corridors.0.name", before: "GMF", after: "CLSC" },
      { path: "…", before: { omitted: true }, after: { omitted: true } },
    ]);
    expect(minimiseChanges(once)).toEqual(once);
    expect(once[1]).toEqual({ path: "…", before: { omitted: true }, after: { omitted: true } });
    expect(isTextSize(once[0]?.after)).toBe(true);
  });
});

/** Every field of the team configuration whose value is one of a fixed list (a zod enum), as an audit path. */
function enumPaths(schema: z.ZodType, path: string[] = []): string[][] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => enumPaths(def[key] as z.ZodType, path);
  switch (def.type) {
    case "enum":
      return [path];
    case "object":
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => enumPaths(v, [...path, k]));
    case "array":
      return enumPaths(def.element as z.ZodType, [...path, "0"]);
    case "record":
      return enumPaths(def.valueType as z.ZodType, [...path, "any"]);
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return inner("innerType");
    case "pipe":
      return inner("in");
    default:
      return [];
  }
}

describe("the audit's list of coded fields", () => {
  // DESIGN, privacy: a value chosen from a list is a code, kept as is; the trail names it when read. A field missing
  // from the list would be kept as the size of a free text ("2 caractères" for the team's region).
  it("holds every field of the team configuration chosen from a fixed list", () => {
    const paths = enumPaths(teamConfigurationShape);
    expect(paths.map((p) => p.join("."))).toEqual(
      expect.arrayContaining(["corridors.0.kind", "checklistProfile", "contingency.defaultRegionCode"]),
    );
    expect(paths.filter((p) => !isCodePath(p)).map((p) => p.join("."))).toEqual([]);
  });
});
