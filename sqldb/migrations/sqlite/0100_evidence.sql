-- Evidence locker: items whose bytes live in a blob store under sha256, and
-- the append-only, hash-chained custody log. Custody entries can be neither
-- changed nor removed; an item's content fields can never change, and items
-- are never deleted (a working copy is a new item, derived_from the original).
CREATE TABLE evidence_items (
	id            INTEGER PRIMARY KEY,
	version       INTEGER NOT NULL,
	created_at    TEXT NOT NULL,
	updated_at    TEXT NOT NULL,
	sha256        TEXT NOT NULL UNIQUE,
	size          INTEGER NOT NULL CHECK (size >= 0),
	original_name TEXT NOT NULL,
	media_type    TEXT NOT NULL,
	metadata      TEXT NOT NULL DEFAULT '{}',
	labels        TEXT NOT NULL DEFAULT '[]',
	incident_id   INTEGER REFERENCES incidents (id),
	act_id        INTEGER REFERENCES acts (id),
	person_id     INTEGER REFERENCES persons (id),
	derived_from  INTEGER REFERENCES evidence_items (id),
	collected_by  TEXT NOT NULL DEFAULT '',
	collected_at  TEXT,
	source_url    TEXT NOT NULL DEFAULT '',
	note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_items_incident ON evidence_items (incident_id);
CREATE INDEX evidence_items_act ON evidence_items (act_id);
CREATE INDEX evidence_items_person ON evidence_items (person_id);

CREATE TRIGGER evidence_items_content_fixed BEFORE UPDATE OF sha256, size, original_name, media_type, derived_from, created_at ON evidence_items
BEGIN
	SELECT RAISE(ABORT, 'evidence content fields cannot change');
END;
CREATE TRIGGER evidence_items_no_delete BEFORE DELETE ON evidence_items
BEGIN
	SELECT RAISE(ABORT, 'evidence items cannot be deleted');
END;

CREATE TABLE custody_entries (
	seq         INTEGER PRIMARY KEY,
	item_id     INTEGER NOT NULL REFERENCES evidence_items (id),
	item_sha256 TEXT NOT NULL,
	action      TEXT NOT NULL,
	actor       TEXT NOT NULL,
	time        TEXT NOT NULL,
	note        TEXT NOT NULL DEFAULT '',
	prev        TEXT NOT NULL UNIQUE,
	item_prev   TEXT NOT NULL,
	hash        TEXT NOT NULL UNIQUE,
	signature   TEXT NOT NULL,
	UNIQUE (item_id, item_prev)
);

CREATE TRIGGER custody_entries_no_update BEFORE UPDATE ON custody_entries
BEGIN
	SELECT RAISE(ABORT, 'custody entries are append-only');
END;
CREATE TRIGGER custody_entries_no_delete BEFORE DELETE ON custody_entries
BEGIN
	SELECT RAISE(ABORT, 'custody entries are append-only');
END;
