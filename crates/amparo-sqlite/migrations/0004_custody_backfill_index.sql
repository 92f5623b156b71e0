-- Facts without a custody projection, by kind, so that the check run at every start-up
-- ("any custody fact to backfill?") reads a small index instead of the whole table.
CREATE INDEX facts_custody_missing ON facts (kind) WHERE custody IS NULL;
