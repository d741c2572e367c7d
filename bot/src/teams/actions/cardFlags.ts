import { z } from "zod";

/** Input.Toggle sends "true"/"false" strings (and nothing when the card omits the input). */
export const toggle = z
  .union([z.literal("true"), z.literal("false"), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "true");
