package dev.tradekit.intx.cli;

/** How a command that lists things prints them. */
enum OutputFormat {
  /** One indented JSON array. */
  json,
  /** One compact JSON object per line. */
  jsonl,
  /** A header row, then one row per record; columns in the order of the model's fields. */
  csv
}
