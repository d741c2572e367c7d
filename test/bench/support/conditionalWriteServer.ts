/**
 * The least a card action that saves can do, as a bare server (child process of consentInvokes.bench.ts): parse the
 * request, one conditional write (If-Match) of the lane's row through the Azure SDK, answer a card-sized body. No
 * token check, no card rendering, no audit, no card update for others: a floor no implementation on the same machine
 * goes under, so the consent figure can be read against it.
 * Env: PORT, STORAGE_CONNECTION_STRING, ROW_BYTES.
 */
import { createServer } from "node:http";
import { TableClient } from "@azure/data-tables";

const table = TableClient.fromConnectionString(process.env.STORAGE_CONNECTION_STRING!, "benchFloor", {
  allowInsecureConnection: true,
});
const payload = "x".repeat(Number(process.env.ROW_BYTES));
const body = JSON.stringify({
  statusCode: 200,
  type: "application/vnd.microsoft.card.adaptive",
  value: { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "x".repeat(5000) }] },
});
/** Each lane's row version, as the last write left it (lanes are sequential, so each write matches). */
const etags = new Map<string, string>();

async function save(lane: string): Promise<void> {
  const entity = { partitionKey: `floor-${lane}`, rowKey: "occ", payload };
  const etag = etags.get(lane);
  const written = etag
    ? await table.updateEntity(entity, "Replace", { etag })
    : await table.upsertEntity(entity, "Replace");
  etags.set(lane, written.etag!);
}

await table.createTable();
createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const { lane } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { lane: string };
    save(lane).then(
      () => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(body);
      },
      (error: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      },
    );
  });
}).listen(Number(process.env.PORT), "127.0.0.1");
