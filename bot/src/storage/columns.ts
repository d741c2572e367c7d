import { z } from "zod";

/** A text column as read back: rows are outside data, so anything but a string reads as empty. */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** An instant as stored: ISO 8601 with its offset. */
export const isoInstant = z.iso.datetime({ offset: true });

/** A column an older row may lack, or Azure may hand back as null: read as undefined. */
export function optionalColumn<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v) => v ?? undefined);
}
