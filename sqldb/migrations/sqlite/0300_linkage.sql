-- Record linkage of person records (package linkage, `rastro link`).
-- A merge says two person records are the same person; it never changes the
-- records, so undoing it (undone_at set) restores what was there. Active
-- merges never form a cycle: a merge of records already joined is refused.
CREATE TABLE person_merges (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	person_a   INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
	person_b   INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
	weight     REAL NOT NULL DEFAULT 0,
	reason     TEXT NOT NULL DEFAULT '',
	merged_by  TEXT NOT NULL,
	created_at TEXT NOT NULL,
	undone_at  TEXT,
	undone_by  TEXT NOT NULL DEFAULT '',
	CHECK (person_a < person_b)
);
CREATE INDEX person_merges_a ON person_merges (person_a);
CREATE INDEX person_merges_b ON person_merges (person_b);

-- Pairs the model could not decide, for an investigator: pending, then
-- merged (with the merge it made) or distinct (never merged automatically).
CREATE TABLE link_reviews (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	person_a    INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
	person_b    INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
	weight      REAL NOT NULL,
	probability REAL NOT NULL,
	levels      TEXT NOT NULL DEFAULT '',
	reason      TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'merged', 'distinct')),
	merge_id    INTEGER REFERENCES person_merges (id) ON DELETE SET NULL,
	decided_by  TEXT NOT NULL DEFAULT '',
	decided_at  TEXT,
	created_at  TEXT NOT NULL,
	CHECK (person_a < person_b),
	UNIQUE (person_a, person_b)
);
CREATE INDEX link_reviews_status ON link_reviews (status);
