-- The registry: every table keeps the domain value as JSON in `data`, plus the columns
-- queries need. Rows are checked against the audit log's content hashes by `amparo verify`.
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    sha256 TEXT UNIQUE,
    data TEXT NOT NULL,
    original BLOB
);

CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    search_names TEXT NOT NULL,
    national_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX persons_national_id ON persons (national_id);

CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    date_first TEXT NOT NULL,
    verification TEXT NOT NULL,
    review TEXT NOT NULL,
    supersedes TEXT REFERENCES facts (id),
    data TEXT NOT NULL
);
CREATE INDEX facts_person ON facts (person_id, date_first);

CREATE TABLE retractions (
    id TEXT PRIMARY KEY REFERENCES facts (id),
    data TEXT NOT NULL
);

CREATE TABLE facilities (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL
);

CREATE TABLE announcements (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL
);

CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL
);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    reason TEXT,
    content_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
