-- Which sources each fact cites (every citation, not only the first), so that a source's
-- page finds the facts citing it without reading every fact. Derived from `facts.data`
-- on insert (citations never change after), and here from the rows already written.
CREATE TABLE fact_sources (
    source_id TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    PRIMARY KEY (source_id, fact_id)
);
INSERT INTO fact_sources (source_id, fact_id)
    SELECT DISTINCT c ->> 'source', f.id
    FROM facts f, jsonb_array_elements(f.data::jsonb -> 'citations') c
    WHERE c ->> 'source' IS NOT NULL;

-- Who first wrote an entity (a person page names who recorded each fact) without reading
-- the whole log.
CREATE INDEX audit_entity ON audit (entity, entity_id, seq);
