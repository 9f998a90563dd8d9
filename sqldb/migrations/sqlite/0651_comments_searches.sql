-- Comments on incidents and acts: a discussion beside the record, never
-- part of it (the record's version does not change).
CREATE TABLE comments (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	record_type TEXT NOT NULL CHECK (record_type IN ('incident', 'act')),
	record_id   BIGINT NOT NULL,
	author      TEXT NOT NULL,
	body        TEXT NOT NULL,
	created_at  TEXT NOT NULL
);
CREATE INDEX comments_record ON comments (record_type, record_id, id);

-- Saved searches: a list's filter under a name everyone on the team sees.
CREATE TABLE saved_searches (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	name       TEXT NOT NULL UNIQUE,
	list       TEXT NOT NULL CHECK (list IN ('incidents', 'acts', 'persons', 'sources')),
	query      TEXT NOT NULL,
	owner      TEXT NOT NULL,
	created_at TEXT NOT NULL
);
