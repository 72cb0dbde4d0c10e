-- Schema version 12: a roll-up's check of each report kept for the next roll-up, with the revisions it was made at
-- (the report's and its agency's report of the year before, -1 for none) and the rules' version, so that only the
-- reports changed since are checked again.
CREATE TABLE report_check (
    report_id INTEGER PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    last_year_revision INTEGER NOT NULL,
    rules TEXT NOT NULL,
    result TEXT NOT NULL,
    checked_by TEXT
);
