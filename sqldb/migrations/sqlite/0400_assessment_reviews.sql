-- Reviewers' decisions on the use-of-force assessment (package assess): a
-- sign-off agrees with the rule result, an override replaces it and must
-- give a reason. Append-only: a later review supersedes an earlier one, and
-- both are kept. An act with reviews cannot be deleted.

CREATE TABLE assessment_reviews (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	act_id        INTEGER NOT NULL REFERENCES acts (id),
	decision      TEXT NOT NULL CHECK (decision IN ('sign_off', 'override')),
	conclusion    TEXT NOT NULL CHECK (conclusion <> ''),
	reviewer      TEXT NOT NULL CHECK (reviewer <> ''),
	reason        TEXT NOT NULL DEFAULT '',
	rules_version TEXT NOT NULL DEFAULT '',
	created_at    TEXT NOT NULL,
	CHECK (decision <> 'override' OR reason <> '')
);
CREATE INDEX assessment_reviews_act ON assessment_reviews (act_id, id);
