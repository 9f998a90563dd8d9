-- The review queue lists pending claims by kind, source by source; and a
-- record's accepted or linked claims are looked up from the record.
CREATE INDEX claims_queue ON claims (status, kind, source_id);
CREATE INDEX claims_record ON claims (record_type, record_id);
