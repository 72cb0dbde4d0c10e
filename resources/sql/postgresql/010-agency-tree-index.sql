-- Schema version 10: the office's tree walked downwards (a roll-up's region, a reviewer's rights over a region,
-- WITH RECURSIVE over parent_id) by an index instead of a scan of every agency at each level.
CREATE INDEX agency_parent ON agency (parent_id);
