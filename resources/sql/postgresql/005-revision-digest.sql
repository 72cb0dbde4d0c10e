-- Schema version 5: a revision per report, raised by every write, so that a write is refused rather than silently
-- overwriting a change made elsewhere since the writer read the report; and the SHA-256 of the report's canonical
-- JSON recorded at 签发, so that a signed report changed afterwards is noticed.
ALTER TABLE report ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE report ADD COLUMN signed_sha256 TEXT;
ALTER TABLE signoff_event ADD COLUMN sha256 TEXT;
