-- Signed checkpoints of the audit chain's head: the key that signs them is kept outside
-- the registry (and each checkpoint is also appended to a file beside it), so that deleting
-- the last entries, emptying the registry or rewriting the chain no longer matches them.
-- Not audited: each row carries its own signature.
CREATE TABLE checkpoints (
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    at TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL,
    PRIMARY KEY (seq, public_key)
);
