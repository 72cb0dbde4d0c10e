-- Schema version 3: sign-off (签发). A signed report is read-only until reopened; every signing and reopening
-- is kept with who, when and (for reopening) why.
ALTER TABLE report ADD COLUMN signed_by TEXT;
ALTER TABLE report ADD COLUMN signed_at TEXT;
CREATE TABLE signoff_event (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT
);
