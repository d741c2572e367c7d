/**
 * Preloaded (node --import) into the Azurite that seeds the activity benchmark's store, and only that one. LokiJS,
 * Azurite's store, answers a lookup by partition and row key — done before every insert — by taking every row of
 * the partition from its partition index, then scanning them for the row key: O(partition) per insert, quadratic to
 * fill one 50,000-row partition (≈ 5 min on a busy 2-core machine). Asked row key first, the same lookup goes
 * through the row-key index: the same answer, found in O(log n). The benchmark measures on an Azurite without it.
 */
import { createRequire } from "node:module";

type Query = Record<string, unknown> | undefined;
interface LokiCollection {
  findOne: (this: LokiCollection, query?: Query) => unknown;
}

const loki = createRequire(import.meta.url)("lokijs") as { Collection: { prototype: LokiCollection } };
const findOne = loki.Collection.prototype.findOne;
loki.Collection.prototype.findOne = function (this: LokiCollection, query?: Query) {
  const keys = Object.keys(query ?? {});
  if (query && keys.length === 2 && keys.includes("PartitionKey") && keys.includes("RowKey"))
    return findOne.call(this, { RowKey: query.RowKey, PartitionKey: query.PartitionKey });
  return findOne.call(this, query);
};
