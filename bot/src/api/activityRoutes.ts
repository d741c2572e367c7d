/**
 * The activity view (seed 003 §1.1 notes within 24 h, §2.3 follow-ups, §9 learners, §11 evaluation):
 *   GET /teams/{teamKey}/activity?view=&subject=&from=&to=&pageSize=&continuationToken=   rows, paged
 *   GET /teams/{teamKey}/activity/summary?view=&subject=&from=&to=                          totals, rates, chart
 *   GET /teams/{teamKey}/activity/export.csv?view=&subject=&from=&to=                       CSV download
 * `from` and `to` are Québec dates, both included (at most 400 days). Who sees what: activityScope.ts.
 * And the share of telehealth (§5, §7), always the caller's own:
 *   GET /activity/share/{period}    PUT /activity/share/{period} { inPerson }   (period "2026" or "2026-03")
 */
import { Router, type Request } from "express";
import { z } from "zod";
import { DateTime } from "luxon";
import { EtagConflictError, ValidationError } from "../errors.js";
import { identityOf } from "../auth/requireIdentity.js";
import { requestLocale } from "../http/errorMiddleware.js";
import type { Identity } from "../auth/tokenValidator.js";
import { ActivityAccumulator, evaluationStatus, localDate } from "../domain/activityStats.js";
import { CLINIC_ZONE } from "../domain/followUp.js";
import {
  MAX_IN_PERSON_COUNT,
  parsePeriod,
  SHARE_REFERENCE,
  SHARE_UNACCEPTABLE_ABOVE,
  telehealthShare,
} from "../domain/telehealthShare.js";
import { fieldIssues } from "../domain/zodIssues.js";
import type { Services } from "../services.js";
import { clinicianPartition } from "../storage/encounterRepository.js";
import { forEachRow, forEachRowUnordered, readPage } from "./activityReader.js";
import { csvHeader, csvLine } from "../domain/activityCsv.js";
import { resolveScope, VIEWS } from "./activityScope.js";
import { ifMatchOf } from "./preconditions.js";
import { NameBook, peopleOf, rowPeople } from "./peopleNames.js";
import { teamKeyOf } from "./teamKeyParam.js";

export const MAX_RANGE_DAYS = 400;
const date = z.iso.date();
const RANGE = {
  "fr-CA": `Période invalide : « du » doit précéder « au », ${MAX_RANGE_DAYS} jours au plus.`,
  en: `Invalid range: "from" must not be after "to", ${MAX_RANGE_DAYS} days at most.`,
};
const PERIOD = { "fr-CA": "Période attendue : AAAA ou AAAA-MM.", en: "Expected period: YYYY or YYYY-MM." };

const viewQuery = z.object({
  view: z.enum(VIEWS).default("mine"),
  subject: z.string().max(64).optional(),
  from: date,
  to: date,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  continuationToken: z.string().min(1).max(2000).optional(),
});

function parseQuery(req: Request) {
  const q = viewQuery.safeParse(req.query);
  if (!q.success) throw new ValidationError(fieldIssues(q.error));
  const from = DateTime.fromISO(q.data.from, { zone: CLINIC_ZONE });
  const to = DateTime.fromISO(q.data.to, { zone: CLINIC_ZONE }).plus({ days: 1 });
  const days = to.diff(from, "days").days;
  if (days < 1 || days > MAX_RANGE_DAYS) throw new ValidationError([{ path: "to", message: RANGE }], RANGE);
  return { ...q.data, fromKey: from.toUTC().toISO()!, toKey: to.toUTC().toISO()!, endExclusive: to.toISODate()! };
}

const periodOf = (req: Request) => {
  const p = parsePeriod(String(req.params.period ?? ""));
  if (!p) throw new ValidationError([{ path: "period", message: PERIOD }], PERIOD);
  return p;
};

export function activityRouter(services: Services): Router {
  const router = Router();

  const scopeFor = async (who: Identity, req: Request, q: ReturnType<typeof parseQuery>) =>
    resolveScope(services, who, teamKeyOf(req), q.view, q.subject);

  router.get("/teams/:teamKey/activity", async (req, res) => {
    const who = identityOf(res);
    const q = parseQuery(req);
    const scope = await scopeFor(who, req, q);
    const page = await readPage(services.encounters, scope, q.fromKey, q.toKey, q.pageSize, q.continuationToken);
    const items = await Promise.all(page.items.map((s) => scope.row(s)));
    const people = await peopleOf(services, who, [...items.flatMap(rowPeople), scope.subject]);
    res.setHeader("Cache-Control", "no-store");
    res.json({
      view: scope.view,
      ...(scope.subject ? { subject: scope.subject } : {}),
      from: q.from,
      to: q.to,
      items,
      people,
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    });
  });

  router.get("/teams/:teamKey/activity/summary", async (req, res) => {
    const who = identityOf(res);
    const q = parseQuery(req);
    const scope = await scopeFor(who, req, q);
    const acc = new ActivityAccumulator(q.from, q.endExclusive);
    // Totals do not depend on order: one slice per month of the range, read a few at a time.
    const months = Math.ceil((Date.parse(q.toKey) - Date.parse(q.fromKey)) / (31 * 86_400_000));
    await forEachRowUnordered(
      services.encounters,
      scope,
      q.fromKey,
      q.toKey,
      async (s) => acc.add(await scope.row(s)),
      months,
    );
    const result = acc.result();
    let evaluation;
    if (scope.view === "team") {
      const stored = await services.teamConfigs.get(who.tenantId, teamKeyOf(req));
      const last = stored?.configuration.annualEvaluationDate ?? null;
      evaluation = {
        lastEvaluationDate: last,
        ...evaluationStatus(last, localDate(services.now().toISOString())),
        source: "003 §11",
      };
    }
    res.setHeader("Cache-Control", "no-store");
    res.json({
      view: scope.view,
      ...(scope.subject ? { subject: scope.subject } : {}),
      from: q.from,
      to: q.to,
      ...result,
      ...(evaluation ? { evaluation } : {}),
    });
  });

  router.get("/teams/:teamKey/activity/export.csv", async (req, res) => {
    const who = identityOf(res);
    const q = parseQuery(req);
    const scope = await scopeFor(who, req, q);
    const locale = requestLocale(req);
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="balises-activite-${q.from}-${q.to}.csv"`);
    res.setHeader("Cache-Control", "no-store");
    res.write("\ufeff" + csvHeader(locale));
    const names = new NameBook(services, who);
    try {
      await forEachRow(services.encounters, scope, q.fromKey, q.toKey, async (s) => {
        const row = await scope.row(s);
        await names.know(rowPeople(row));
        res.write(csvLine(row, locale, names.people));
      });
      res.end();
    } catch (error) {
      // The header is out: a truncated file must not look complete, so the connection is cut.
      services.logger.error(
        { err: { name: (error as Error).name, message: (error as Error).message } },
        "activity export failed",
      );
      res.destroy();
    }
  });

  const shareView = async (who: Identity, periodId: string) => {
    const period = parsePeriod(periodId)!;
    const source = { partitions: [clinicianPartition(who.tenantId, who.userId)], keep: () => true };
    const [telehealth, stored] = await Promise.all([
      forEachRow(services.encounters, source, period.from, period.to, () => undefined),
      services.activityCounts.get(who.tenantId, who.userId, period.id),
    ]);
    const share = stored ? telehealthShare(telehealth, stored.inPerson) : null;
    return {
      period: period.id,
      telehealth,
      inPerson: stored?.inPerson ?? null,
      share: share?.share ?? null,
      status: share?.status ?? null,
      unacceptable: share?.unacceptable ?? false,
      reference: {
        min: SHARE_REFERENCE.min,
        max: SHARE_REFERENCE.max,
        unacceptableAbove: SHARE_UNACCEPTABLE_ABOVE,
        source: "003 §5, §7",
      },
      etag: stored?.etag ?? null,
    };
  };

  router.get("/activity/share/:period", async (req, res) => {
    const who = identityOf(res);
    const view = await shareView(who, periodOf(req).id);
    res.setHeader("Cache-Control", "no-store").json(view);
  });

  const shareBody = z.strictObject({ inPerson: z.number().int().min(0).max(MAX_IN_PERSON_COUNT) });
  router.put("/activity/share/:period", async (req, res) => {
    const who = identityOf(res);
    const period = periodOf(req);
    const body = shareBody.safeParse(req.body);
    if (!body.success) throw new ValidationError(fieldIssues(body.error));
    const ifMatch = ifMatchOf(req);
    const current = await services.activityCounts.get(who.tenantId, who.userId, period.id);
    if (ifMatch && ifMatch !== "*" && ifMatch !== current?.etag) throw new EtagConflictError();
    await services.activityCounts.put(
      who.tenantId,
      who.userId,
      period.id,
      body.data.inPerson,
      services.now().toISOString(),
      ifMatch ? current?.etag : undefined,
    );
    res.json(await shareView(who, period.id));
  });

  return router;
}
