-- Review status of every observation and event: 'extracted' (seeded, added or accepted from a candidate),
-- 'reviewed' (confirmed by an editor other than the one who added it), 'disputed' (with the reason). Changed only
-- through the one write path, so each change is versioned and in the audit log.
ALTER TABLE observation
    ADD COLUMN review_status text NOT NULL DEFAULT 'extracted'
        CHECK (review_status IN ('extracted', 'reviewed', 'disputed')),
    ADD COLUMN review_reason text CHECK (char_length(review_reason) BETWEEN 1 AND 2000),
    ADD COLUMN reviewed_by   text,
    ADD COLUMN reviewed_at   timestamptz,
    ADD CHECK ((review_status = 'disputed') = (review_reason IS NOT NULL)),
    ADD CHECK ((review_status = 'extracted') = (reviewed_by IS NULL)),
    ADD CHECK ((reviewed_by IS NULL) = (reviewed_at IS NULL));

ALTER TABLE event
    ADD COLUMN review_status text NOT NULL DEFAULT 'extracted'
        CHECK (review_status IN ('extracted', 'reviewed', 'disputed')),
    ADD COLUMN review_reason text CHECK (char_length(review_reason) BETWEEN 1 AND 2000),
    ADD COLUMN reviewed_by   text,
    ADD COLUMN reviewed_at   timestamptz,
    ADD CHECK ((review_status = 'disputed') = (review_reason IS NOT NULL)),
    ADD CHECK ((review_status = 'extracted') = (reviewed_by IS NULL)),
    ADD CHECK ((reviewed_by IS NULL) = (reviewed_at IS NULL));

CREATE INDEX observation_review_status_idx ON observation (review_status) WHERE deleted_at IS NULL;
CREATE INDEX event_review_status_idx ON event (review_status) WHERE deleted_at IS NULL;
