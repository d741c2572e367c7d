/** A text column as read back: rows are outside data, so anything but a string reads as empty. */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}
