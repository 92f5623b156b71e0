-- The review queue (machine-made proposals waiting for a documenter), and merges of
-- persons: a merged record points at the person it was merged into.
CREATE TABLE proposals (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES sources (id),
    state TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX proposals_state ON proposals (state, id);

ALTER TABLE persons ADD COLUMN merged_into TEXT;
CREATE INDEX persons_merged_into ON persons (merged_into);
