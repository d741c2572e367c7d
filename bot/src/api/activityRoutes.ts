/**
 * The activity view (contract: contract/activity.ts; who sees what: domain/supervisionActivity.ts):
 *   GET /teams/{teamKey}/activity?view=&subject=&from=&to=&pageSize=&continuationToken=   rows, paged
 *   GET /teams/{teamKey}/activity/summary?view=&subject=&from=&to=                          totals, rates, chart
 *   GET /teams/{teamKey}/activity/export.csv?view=&subject=&from=&to=                       CSV download
 *   POST /teams/{teamKey}/activity/reconcile { view, subject, month }    the view's month recounted now (issue 14)
 * `from` and `to` are Québec dates, both included (at most 400 days).
 * And the share of telehealth (§5, §7), always the caller's own:
 *   GET /activity/share/{period}    PUT /activity/share/{period} { inPerson }   (period "2026" or "2026-03")
 */
import { once } from "node:events";
import { Router, type Request, type Response } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import { requestLocale } from "./requestLocale.js";
import { reconcileBodySchema, shareBodySchema, type ActivityPage, type ReconcileAnswer } from "../contract/index.js";
import { csvFileName, csvHeader, csvLine } from "../domain/activityCsv.js";
import { loggedError, type Logger } from "../logger.js";
import { activityRequestOf, parseActivityQuery } from "./activityQuery.js";
import { subjectOf, type ActivityService } from "./activityService.js";
import { parseInput } from "./input.js";
import { NameBook, peopleOf, rowPeople, type NameDirectory } from "./peopleNames.js";
import { ifMatchOf } from "./preconditions.js";
import { periodOf, type ShareService } from "./shareService.js";
import { teamKeyOf } from "./teamKeyParam.js";

export interface ActivityRouterDeps {
  activity: Pick<ActivityService, "scope" | "page" | "summary" | "forEach" | "reconcile">;
  share: Pick<ShareService, "view" | "declare">;
  names: NameDirectory;
  logger: Pick<Logger, "info" | "error">;
}

const periodParam = (req: Request) => periodOf(String(req.params.period ?? ""));

/** Who asks, for which view and period, and what they may read of it. */
async function scoped(activity: ActivityRouterDeps["activity"], req: Request, res: Response) {
  const who = identityOf(res);
  const q = parseActivityQuery(req);
  const teamKey = teamKeyOf(req);
  return { who, q, teamKey, scope: await activity.scope(who, teamKey, q.request) };
}

/** The view as a CSV file, written as its rows are read. */
async function sendCsv(deps: ActivityRouterDeps, req: Request, res: Response) {
  const { who, q, teamKey, scope } = await scoped(deps.activity, req, res);
  const locale = requestLocale(req);
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="${csvFileName(q.from, q.to, locale)}"`);
  res.setHeader("Cache-Control", "no-store");
  res.write("\ufeff" + csvHeader(locale));
  const names = new NameBook(deps.names, who);
  try {
    const rows = await deps.activity.forEach(scope, q, async (row) => {
      await names.know(rowPeople(row));
      // At the reader's pace: a whole year for a slow client does not wait in the service's memory.
      if (!res.write(csvLine(row, locale, names.people))) await once(res, "drain");
    });
    res.end();
    // The file leaves Balises with staff names: who took which view, for the establishment's access log.
    const what = { ...q.request, from: q.from, to: q.to, rows };
    deps.logger.info({ by: who.userId, tenantId: who.tenantId, teamKey, ...what }, "activity exported");
  } catch (error) {
    // The header is out: a truncated file must not look complete, so the connection is cut.
    deps.logger.error({ err: loggedError(error) }, "activity export failed");
    res.destroy();
  }
}

export function activityRouter(deps: ActivityRouterDeps): Router {
  const router = Router();
  const { activity, share } = deps;

  router.get("/teams/:teamKey/activity", async (req, res) => {
    const { who, q, scope } = await scoped(activity, req, res);
    const page = await activity.page(scope, q);
    const subject = subjectOf(q.request);
    const people = await peopleOf(deps.names, who, [...page.items.flatMap(rowPeople), subject.subject]);
    const body: ActivityPage = {
      view: q.request.view,
      ...subject,
      from: q.from,
      to: q.to,
      items: page.items,
      people,
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
    res.setHeader("Cache-Control", "no-store").json(body);
  });

  router.get("/teams/:teamKey/activity/summary", async (req, res) => {
    const { q, scope } = await scoped(activity, req, res);
    res.setHeader("Cache-Control", "no-store").json(await activity.summary(scope, q));
  });

  router.get("/teams/:teamKey/activity/export.csv", async (req, res) => {
    await sendCsv(deps, req, res);
  });

  // Whoever may read the view may have its month recounted: it only rewrites counts of what they can read.
  router.post("/teams/:teamKey/activity/reconcile", async (req, res) => {
    const body = parseInput(reconcileBodySchema, req.body);
    const scope = await activity.scope(identityOf(res), teamKeyOf(req), activityRequestOf(body.view, body.subject));
    const answer: ReconcileAnswer = { month: body.month, fixed: await activity.reconcile(scope, body.month) };
    res.json(answer);
  });

  shareRoutes(router, share);
  return router;
}

/** The caller's own share of telehealth (§5, §7). */
function shareRoutes(router: Router, share: ActivityRouterDeps["share"]): void {
  router.get("/activity/share/:period", async (req, res) => {
    const view = await share.view(identityOf(res), periodParam(req));
    res.setHeader("Cache-Control", "no-store").json(view);
  });

  router.put("/activity/share/:period", async (req, res) => {
    const who = identityOf(res);
    const period = periodParam(req);
    const { inPerson } = parseInput(shareBodySchema, req.body);
    res.json(await share.declare(who, period, inPerson, ifMatchOf(req)));
  });
}
