-- Candidates a reviewer rejected in the extraction assistant's queue, so they are not proposed again.
-- A candidate is named by what it reads in the (immutable) source text: 'o<start>-<end>' for the number of an
-- observation candidate, 'e<start>-<date>' for the date wording of an event candidate (stored offsets).
CREATE TABLE extraction_rejection (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id     bigint NOT NULL REFERENCES source (id),
    candidate_id  text NOT NULL CHECK (candidate_id ~ '^[oe][0-9]+-[0-9A-Za-z/-]+$' AND char_length(candidate_id) <= 80),
    reason        text CHECK (char_length(reason) <= 2000),
    rejected_at   timestamptz NOT NULL,
    rejected_by   text NOT NULL,
    UNIQUE (source_id, candidate_id)
);
