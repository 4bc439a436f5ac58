-- The original file a source's text was read from (a PDF, web page, Word or text file), kept byte for byte
-- so that anyone can download it and check the extracted text against it. Written once, in the same
-- transaction as its source (whose creation is audited); never changed, so it has no version of its own.
CREATE TABLE source_file (
    source_id   bigint PRIMARY KEY REFERENCES source (id),
    file_name   text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255 AND file_name !~ '[/\\[:cntrl:]]'),
    format      text NOT NULL CHECK (format IN ('txt', 'md', 'html', 'pdf', 'docx')),
    media_type  text NOT NULL CHECK (char_length(media_type) BETWEEN 1 AND 200),
    byte_size   int NOT NULL CHECK (byte_size BETWEEN 1 AND 20971520),
    sha256      char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content     bytea NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL,
    CHECK (octet_length(content) = byte_size),
    CHECK (encode(sha256(content), 'hex') = sha256)
);
