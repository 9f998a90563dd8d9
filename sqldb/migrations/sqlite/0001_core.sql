-- Core records. Every record table has id, version, created_at, updated_at
-- (ISO 8601 UTC text); research records add confidence and status. Dates are
-- ISO text at their precision ("2023-01-09", "2023-01", "2023"), NULL when
-- unknown; lists and maps are JSON text.

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE sources (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	version    INTEGER NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	kind       TEXT NOT NULL,
	title      TEXT NOT NULL,
	publisher  TEXT NOT NULL DEFAULT '',
	url        TEXT NOT NULL DEFAULT '',
	published  TEXT,
	language   TEXT NOT NULL DEFAULT '',
	media_type TEXT NOT NULL DEFAULT '',
	size       INTEGER NOT NULL DEFAULT 0,
	sha256     TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL DEFAULT '',
	summary    TEXT NOT NULL DEFAULT '',
	pages      TEXT
);
CREATE UNIQUE INDEX sources_sha256 ON sources (sha256) WHERE sha256 <> '';
CREATE INDEX sources_kind ON sources (kind);

-- The original bytes, kept apart so listing sources does not read them.
CREATE TABLE source_content (
	source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
	data      BLOB NOT NULL
);

CREATE TABLE claims (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	version     INTEGER NOT NULL,
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL,
	source_id   INTEGER NOT NULL REFERENCES sources (id),
	kind        TEXT NOT NULL,
	start_off   INTEGER NOT NULL,
	end_off     INTEGER NOT NULL,
	text        TEXT NOT NULL DEFAULT '',
	summary     TEXT NOT NULL DEFAULT '',
	data        TEXT,
	status      TEXT NOT NULL,
	record_type TEXT NOT NULL DEFAULT '',
	record_id   INTEGER,
	note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_source ON claims (source_id);
CREATE INDEX claims_status ON claims (status);

CREATE TABLE places (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	version       INTEGER NOT NULL,
	created_at    TEXT NOT NULL,
	updated_at    TEXT NOT NULL,
	confidence    TEXT NOT NULL DEFAULT '',
	status        TEXT NOT NULL DEFAULT '',
	name          TEXT NOT NULL,
	ubigeo        TEXT NOT NULL DEFAULT '',
	country       TEXT NOT NULL DEFAULT '',
	admin1        TEXT NOT NULL DEFAULT '',
	admin2        TEXT NOT NULL DEFAULT '',
	admin3        TEXT NOT NULL DEFAULT '',
	latitude      REAL,
	longitude     REAL,
	geo_precision INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX places_ubigeo ON places (ubigeo);

-- name, aliases and contact of a protected person will be encrypted at rest:
-- they are plain columns, never indexed or copied into a search index.
CREATE TABLE persons (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	version       INTEGER NOT NULL,
	created_at    TEXT NOT NULL,
	updated_at    TEXT NOT NULL,
	confidence    TEXT NOT NULL DEFAULT '',
	status        TEXT NOT NULL DEFAULT '',
	name          TEXT NOT NULL,
	aliases       TEXT,
	sex           TEXT NOT NULL DEFAULT '',
	age           INTEGER,
	birth_date    TEXT,
	minor         TEXT NOT NULL DEFAULT '',
	ethnicity     TEXT NOT NULL DEFAULT '',
	indigenous    TEXT NOT NULL DEFAULT '',
	occupation    TEXT NOT NULL DEFAULT '',
	home_place_id INTEGER REFERENCES places (id),
	protected     INTEGER NOT NULL DEFAULT 0,
	contact       TEXT NOT NULL DEFAULT '',
	notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX persons_home_place ON persons (home_place_id);

CREATE TABLE units (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	version    INTEGER NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	confidence TEXT NOT NULL DEFAULT '',
	status     TEXT NOT NULL DEFAULT '',
	name       TEXT NOT NULL,
	aliases    TEXT,
	force      TEXT NOT NULL,
	country    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE unit_relations (
	id                INTEGER PRIMARY KEY AUTOINCREMENT,
	version           INTEGER NOT NULL,
	created_at        TEXT NOT NULL,
	updated_at        TEXT NOT NULL,
	confidence        TEXT NOT NULL DEFAULT '',
	status            TEXT NOT NULL DEFAULT '',
	unit_id           INTEGER NOT NULL REFERENCES units (id),
	parent_id         INTEGER NOT NULL REFERENCES units (id),
	kind              TEXT NOT NULL,
	period_start      TEXT,
	period_start_exact INTEGER NOT NULL DEFAULT 0,
	period_end        TEXT,
	period_end_exact  INTEGER NOT NULL DEFAULT 0,
	period_open       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX unit_relations_unit ON unit_relations (unit_id);
CREATE INDEX unit_relations_parent ON unit_relations (parent_id);

CREATE TABLE postings (
	id                 INTEGER PRIMARY KEY AUTOINCREMENT,
	version            INTEGER NOT NULL,
	created_at         TEXT NOT NULL,
	updated_at         TEXT NOT NULL,
	confidence         TEXT NOT NULL DEFAULT '',
	status             TEXT NOT NULL DEFAULT '',
	person_id          INTEGER NOT NULL REFERENCES persons (id),
	unit_id            INTEGER NOT NULL REFERENCES units (id),
	role               TEXT NOT NULL,
	rank               TEXT NOT NULL DEFAULT '',
	title              TEXT NOT NULL DEFAULT '',
	period_start       TEXT,
	period_start_exact INTEGER NOT NULL DEFAULT 0,
	period_end         TEXT,
	period_end_exact   INTEGER NOT NULL DEFAULT 0,
	period_open        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX postings_person ON postings (person_id);
CREATE INDEX postings_unit ON postings (unit_id);

-- first_day and last_day bound the days the incident may have happened on
-- (ISO day text), for the From/To filters.
CREATE TABLE incidents (
	id                  INTEGER PRIMARY KEY AUTOINCREMENT,
	version             INTEGER NOT NULL,
	created_at          TEXT NOT NULL,
	updated_at          TEXT NOT NULL,
	confidence          TEXT NOT NULL DEFAULT '',
	status              TEXT NOT NULL DEFAULT '',
	title               TEXT NOT NULL,
	description         TEXT NOT NULL DEFAULT '',
	when_start          TEXT,
	when_start_exact    INTEGER NOT NULL DEFAULT 0,
	when_end            TEXT,
	when_end_exact      INTEGER NOT NULL DEFAULT 0,
	when_open           INTEGER NOT NULL DEFAULT 0,
	first_day           TEXT NOT NULL,
	last_day            TEXT NOT NULL,
	place_id            INTEGER REFERENCES places (id),
	disorder_type       TEXT NOT NULL DEFAULT '',
	event_type          TEXT NOT NULL DEFAULT '',
	sub_event_type      TEXT NOT NULL DEFAULT '',
	warning_given       TEXT NOT NULL DEFAULT '',
	less_lethal_first   TEXT NOT NULL DEFAULT '',
	reported_fatalities INTEGER NOT NULL DEFAULT 0,
	external            TEXT
);
CREATE INDEX incidents_place ON incidents (place_id);
CREATE INDEX incidents_first_day ON incidents (first_day);
CREATE INDEX incidents_last_day ON incidents (last_day);

CREATE TABLE acts (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	version       INTEGER NOT NULL,
	created_at    TEXT NOT NULL,
	updated_at    TEXT NOT NULL,
	confidence    TEXT NOT NULL DEFAULT '',
	status        TEXT NOT NULL DEFAULT '',
	incident_id   INTEGER NOT NULL REFERENCES incidents (id),
	victim_id     INTEGER REFERENCES persons (id),
	type          TEXT NOT NULL,
	date          TEXT,
	wound_regions TEXT,
	wound_count   INTEGER NOT NULL DEFAULT 0,
	entry_side    TEXT NOT NULL DEFAULT '',
	munition      TEXT NOT NULL DEFAULT '',
	weapon        TEXT NOT NULL DEFAULT '',
	calibre       TEXT NOT NULL DEFAULT '',
	distance      TEXT NOT NULL DEFAULT '',
	activity      TEXT NOT NULL DEFAULT '',
	victim_armed  TEXT NOT NULL DEFAULT '',
	victim_threat TEXT NOT NULL DEFAULT '',
	autopsy_ref   TEXT NOT NULL DEFAULT '',
	description   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX acts_incident ON acts (incident_id);
CREATE INDEX acts_victim ON acts (victim_id);

CREATE TABLE involvements (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	version    INTEGER NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	confidence TEXT NOT NULL DEFAULT '',
	status     TEXT NOT NULL DEFAULT '',
	act_id     INTEGER NOT NULL REFERENCES acts (id),
	person_id  INTEGER REFERENCES persons (id),
	unit_id    INTEGER REFERENCES units (id),
	role       TEXT NOT NULL
);
CREATE INDEX involvements_act ON involvements (act_id);
CREATE INDEX involvements_person ON involvements (person_id);
CREATE INDEX involvements_unit ON involvements (unit_id);

CREATE TABLE deployments (
	id                 INTEGER PRIMARY KEY AUTOINCREMENT,
	version            INTEGER NOT NULL,
	created_at         TEXT NOT NULL,
	updated_at         TEXT NOT NULL,
	confidence         TEXT NOT NULL DEFAULT '',
	status             TEXT NOT NULL DEFAULT '',
	unit_id            INTEGER NOT NULL REFERENCES units (id),
	place_id           INTEGER REFERENCES places (id),
	area               TEXT NOT NULL DEFAULT '',
	incident_id        INTEGER REFERENCES incidents (id),
	period_start       TEXT,
	period_start_exact INTEGER NOT NULL DEFAULT 0,
	period_end         TEXT,
	period_end_exact   INTEGER NOT NULL DEFAULT 0,
	period_open        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deployments_unit ON deployments (unit_id);
CREATE INDEX deployments_place ON deployments (place_id);
CREATE INDEX deployments_incident ON deployments (incident_id);

CREATE TABLE discharges (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	version     INTEGER NOT NULL,
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL,
	confidence  TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT '',
	unit_id     INTEGER REFERENCES units (id),
	agent_id    INTEGER REFERENCES persons (id),
	agent_label TEXT NOT NULL DEFAULT '',
	weapon      TEXT NOT NULL DEFAULT '',
	calibre     TEXT NOT NULL DEFAULT '',
	rounds      INTEGER NOT NULL DEFAULT 0,
	date        TEXT,
	place_id    INTEGER REFERENCES places (id),
	incident_id INTEGER REFERENCES incidents (id),
	source_id   INTEGER REFERENCES sources (id)
);
CREATE INDEX discharges_unit ON discharges (unit_id);
CREATE INDEX discharges_agent ON discharges (agent_id);
CREATE INDEX discharges_place ON discharges (place_id);
CREATE INDEX discharges_incident ON discharges (incident_id);
CREATE INDEX discharges_source ON discharges (source_id);

-- Citations of every record type, keyed by (record_type, record_id); ord
-- keeps the order they were given in.
CREATE TABLE citations (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	record_type TEXT NOT NULL,
	record_id   INTEGER NOT NULL,
	ord         INTEGER NOT NULL,
	source_id   INTEGER NOT NULL REFERENCES sources (id),
	field       TEXT NOT NULL DEFAULT '',
	page        INTEGER NOT NULL DEFAULT 0,
	paragraph   INTEGER NOT NULL DEFAULT 0,
	start_off   INTEGER NOT NULL DEFAULT 0,
	end_off     INTEGER NOT NULL DEFAULT 0,
	quote       TEXT NOT NULL DEFAULT '',
	note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX citations_record ON citations (record_type, record_id);
CREATE INDEX citations_source ON citations (source_id);

-- Full-text search (external-content FTS5 kept in sync by triggers;
-- diacritics removed so "Ayacucho" finds "AYACUCHO" and "Juliaca" "JULIACÁ").
CREATE VIRTUAL TABLE sources_fts USING fts5(
	title, text, content = 'sources', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
	INSERT INTO sources_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
	INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, text ON sources BEGIN
	INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO sources_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE incidents_fts USING fts5(
	title, description, content = 'incidents', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
	INSERT INTO incidents_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
	INSERT INTO incidents_fts (incidents_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER incidents_fts_update AFTER UPDATE OF title, description ON incidents BEGIN
	INSERT INTO incidents_fts (incidents_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
	INSERT INTO incidents_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
