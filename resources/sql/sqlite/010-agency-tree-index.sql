-- Schema version 10: the office's tree walked downwards (a roll-up's region, WITH RECURSIVE over parent_id) by an
-- index, not by an index SQLite builds afresh for every statement.
CREATE INDEX agency_parent ON agency (parent_id);
