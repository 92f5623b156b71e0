-- Derived columns of persons (filled from `data` at migration, checked by `verify`):
-- every name folded by amparo_text::fold between '|'s, which name search reads (the older
-- `search_names` kept ñ and punctuation), and the visibility, which every read for the
-- public filters on.
ALTER TABLE persons ADD COLUMN search_folded TEXT;
ALTER TABLE persons ADD COLUMN visibility TEXT;
CREATE INDEX persons_visibility ON persons (visibility);
