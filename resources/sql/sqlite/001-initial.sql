-- Schema version 1: agencies, one report per agency and year, its value cells and prose parts.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE agency (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE report (
    id INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    t2_form TEXT NOT NULL,
    t3_form TEXT NOT NULL,
    t4_form TEXT NOT NULL,
    title TEXT,
    issue_date TEXT,
    contact_person TEXT,
    contact_phone TEXT,
    contact_fax TEXT,
    contact_address TEXT,
    UNIQUE (agency_id, year)
);
-- Every value cell of the report's forms has a row; both values NULL = blank.
CREATE TABLE cell (
    report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    int_value INTEGER,
    text_value TEXT,
    annotation TEXT,
    PRIMARY KEY (report_id, key)
);
CREATE TABLE prose (
    report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (report_id, part)
);
