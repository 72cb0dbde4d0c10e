-- Schema version 2: attachments (the seal image) and when a report was last changed.
CREATE TABLE attachment (
    report_id BIGINT NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (report_id, kind)
);
ALTER TABLE report ADD COLUMN modified_at TEXT;
