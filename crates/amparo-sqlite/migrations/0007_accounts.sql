-- Accounts: users with argon2id password hashes, browser sessions, API tokens, and failed
-- logins for throttling. Sessions and tokens are keyed by the SHA-256 of their random
-- value, never the value. Users and tokens are audited (entity "account"); sessions and
-- failures are not. Logins are unique whatever their case: `login_key` is the login in
-- lower case.
CREATE TABLE users (
    login_key TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    login_key TEXT NOT NULL REFERENCES users (login_key),
    csrf TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE INDEX sessions_login ON sessions (login_key);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    label TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

CREATE TABLE login_failures (
    failure_key TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (failure_key, at);
