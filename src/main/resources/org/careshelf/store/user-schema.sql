-- The reader's own data: survives every library update, so rows refer to article ids.
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS bookmark (
  article_id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  added_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS history (
  article_id TEXT PRIMARY KEY,
  opened_at TEXT NOT NULL,
  position REAL NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
