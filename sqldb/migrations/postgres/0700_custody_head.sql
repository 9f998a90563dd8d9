-- The custody log's last entry, signed with the installation key. Every
-- append updates it in its own transaction, so it is always the log's end:
-- entries cut from the end of the log (which the chain alone cannot show)
-- leave it pointing past the end, and without the key it cannot be moved
-- back. One row, or none before the first entry.
CREATE TABLE custody_head (
	id        INTEGER PRIMARY KEY CHECK (id = 1),
	seq       BIGINT NOT NULL,
	hash      TEXT NOT NULL,
	signature TEXT NOT NULL
);
