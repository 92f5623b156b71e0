-- The custody projection of each custody fact (a small JSON derived from `data`), so
-- that statuses of a whole registry are read without every citation. Filled on insert,
-- and for older rows by the application right after this migration.
ALTER TABLE facts ADD COLUMN custody TEXT;
