-- The public keys (age recipients) protected fields were sealed for, so a
-- store opened with another key refuses to seal or open instead of mixing
-- keys or failing record by record.
CREATE TABLE sealing_keys (
	recipient  TEXT PRIMARY KEY,
	created_at TEXT NOT NULL
);
