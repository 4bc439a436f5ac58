-- The same article text is stored once among live sources: adding it again would split its figures and events
-- over two copies. The source form reports this before insert; the index closes the race between two editors.
CREATE UNIQUE INDEX source_sha256_live_idx ON source (sha256) WHERE deleted_at IS NULL;
