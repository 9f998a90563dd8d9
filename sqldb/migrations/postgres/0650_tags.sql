-- Tags on incidents, acts, persons and sources: a JSON list of normalised
-- words (see rastro.NormalizeTags), NULL for none; lists filter on them.
ALTER TABLE incidents ADD COLUMN tags TEXT;
ALTER TABLE acts ADD COLUMN tags TEXT;
ALTER TABLE persons ADD COLUMN tags TEXT;
ALTER TABLE sources ADD COLUMN tags TEXT;
