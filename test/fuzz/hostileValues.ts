/**
 * What a hostile client puts where the service expects data: strings of every kind (empty, huge, control
 * characters, lone surrogates, right-to-left marks, injection attempts, percent-escapes), the wrong JSON
 * types, prototype-pollution keys, deep nesting; and the helpers that plant them in a valid template.
 */
import fc from "fast-check";

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"];

/** A property the fuzz plants through prototype-pollution keys; it must never appear on Object.prototype. */
export const POLLUTION_MARK = "balisesFuzzPolluted";

const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "\u0000\u0001\u001f\u007f",
  "\uD800",
  "\uDFFF\uD800",
  "\uFEFF",
  "\u202Eevil",
  "\r\n",
  "<script>alert(1)</script>",
  "' or 1 eq 1 or PartitionKey ne '",
  "PartitionKey eq 'x'",
  "../../../etc/passwd",
  "..\\..\\windows",
  "%zz",
  "%",
  "%00",
  "%E0%A4%A",
  "%C0%AF",
  "%7C".repeat(256),
  "|".repeat(600),
  "/".repeat(300),
  "#?&=",
  "19:abc@thread.v2",
  "19:meeting_x@thread.v2",
  "a:personal",
  "29:user",
  "${jndi:ldap://x/a}",
  "{{constructor.constructor('return 1')()}}",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "true",
  "[]",
  "{}",
  "00000000-0000-0000-0000-000000000000",
  "2026-02-30",
  "9999-99-99",
  "é".repeat(700),
  "💥".repeat(400),
  "a".repeat(5000),
  "a".repeat(400),
  "a".repeat(401),
  "/".repeat(133),
  "/".repeat(134),
  "~|%".repeat(60),
  "x\u0000y",
  ...PROTOTYPE_KEYS,
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.string({ minLength: 513, maxLength: 2_000 }) },
);

/** Ids near what a storage key holds: long, full of characters the key escape expands, or not storable at all. */
export const nastyId: fc.Arbitrary<string> = fc.oneof(
  nastyString,
  fc.string({ unit: "binary", minLength: 100, maxLength: 450 }),
  fc
    .tuple(fc.constantFrom("/", "\\", "#", "?", "%", "~", "|", "a", ":", "@"), fc.integer({ min: 100, max: 420 }))
    .map(([c, n]) => c.repeat(n)),
);

const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 0.5),
);

export const nastyScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** An object whose own keys may be "__proto__" and friends (kept as own properties, as JSON.parse does). */
export function ownObject(entries: Array<[string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

const nastyKey = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...PROTOTYPE_KEYS));

/** Any JSON value, scalars weighted, a few levels deep, with hostile keys. */
export const nastyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: nastyScalar },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(nastyKey, tie("value")), { maxLength: 4 }).map((entries) => ownObject(entries)),
    },
  ),
})).value;

/** `{"__proto__": {mark: …}}` and `{"constructor": {"prototype": {mark: …}}}` as they arrive in JSON. */
export const pollutionAttempt: fc.Arbitrary<unknown> = fc.constantFrom(
  ownObject([["__proto__", ownObject([[POLLUTION_MARK, "yes"]])]]),
  ownObject([["constructor", ownObject([["prototype", ownObject([[POLLUTION_MARK, "yes"]])]])]]),
  ownObject([["prototype", ownObject([[POLLUTION_MARK, "yes"]])]]),
);

/** Arrays or objects nested `depth` times (JSON text, as the body of a request). */
export const deepNestingText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 100, max: 30_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth),
  );

/** A nested value (not text): `depth` levels of objects. */
export const deepValue: fc.Arbitrary<unknown> = fc.integer({ min: 50, max: 3_000 }).map((depth) => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value, list: [i] };
  return value;
});

/** The hostile value of a mutation: anything above, or the removal of the field. */
export const REMOVE = Symbol("remove");
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: nastyJson },
  { weight: 1, arbitrary: pollutionAttempt },
  { weight: 1, arbitrary: deepValue },
  { weight: 2, arbitrary: fc.constant(REMOVE) },
);

export type FieldPath = ReadonlyArray<string | number>;

/** A deep copy of `template` with `value` planted at `path` (parents created as needed; REMOVE deletes). */
export function plant(template: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value === REMOVE ? undefined : value;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  const isContainer = typeof template === "object" && template !== null;
  if (Array.isArray(template) && typeof key === "number") {
    const copy = [...(template as unknown[])];
    const planted = plant(copy[key], rest, value);
    if (planted === undefined) copy.splice(key, 1);
    else copy[key] = planted;
    return copy;
  }
  const entries: Array<[string, unknown]> = isContainer
    ? Object.entries(template as Record<string, unknown>).filter(([k]) => k !== String(key))
    : [];
  const current = isContainer ? (template as Record<string, unknown>)[String(key)] : undefined;
  const planted = plant(Object.hasOwn(isContainer ? template : {}, String(key)) ? current : undefined, rest, value);
  return ownObject(planted === undefined ? entries : [...entries, [String(key), planted]]);
}

/** A few hostile mutations of a template, at paths drawn from `paths`. */
export function mutations(paths: readonly FieldPath[], max = 3): fc.Arbitrary<Array<[FieldPath, unknown]>> {
  return fc.array(fc.tuple(fc.constantFrom(...paths), hostileValue), { maxLength: max });
}

export function applyMutations(template: unknown, changes: Array<[FieldPath, unknown]>): unknown {
  return changes.reduce((value, [path, planted]) => plant(value, path, planted), template);
}

/** JSON text of a value, where a lone `undefined` (a removed root) becomes an empty body. */
export const jsonText = (value: unknown): string => (value === undefined ? "" : JSON.stringify(value));
