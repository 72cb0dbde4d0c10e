-- Schema version 6: many clerks on one report. Each cell, prose part and the report's own fields carry the revision
-- of the write that last changed them and who made it: two clerks' edits of different cells both stand, and a write
-- of a cell changed since its writer read it is refused with the other clerk's name and value. The database itself
-- refuses every change to a signed report, whoever writes it.
ALTER TABLE cell ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cell ADD COLUMN modified_by TEXT;
ALTER TABLE prose ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE prose ADD COLUMN modified_by TEXT;
ALTER TABLE report ADD COLUMN details_revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report ADD COLUMN modified_by TEXT;
CREATE TRIGGER signed_report_fields BEFORE UPDATE ON report
WHEN OLD.signed_by IS NOT NULL AND NEW.signed_by IS NOT NULL AND (NEW.agency_id IS NOT OLD.agency_id OR NEW.year IS NOT OLD.year
    OR NEW.t2_form IS NOT OLD.t2_form OR NEW.t3_form IS NOT OLD.t3_form OR NEW.t4_form IS NOT OLD.t4_form
    OR NEW.title IS NOT OLD.title OR NEW.issue_date IS NOT OLD.issue_date OR NEW.contact_person IS NOT OLD.contact_person
    OR NEW.contact_phone IS NOT OLD.contact_phone OR NEW.contact_fax IS NOT OLD.contact_fax OR NEW.contact_address IS NOT OLD.contact_address)
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_report_delete BEFORE DELETE ON report WHEN OLD.signed_by IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_cell_insert BEFORE INSERT ON cell WHEN (SELECT signed_by FROM report WHERE id = NEW.report_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_cell_update BEFORE UPDATE ON cell WHEN (SELECT signed_by FROM report WHERE id = OLD.report_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_cell_delete BEFORE DELETE ON cell WHEN (SELECT signed_by FROM report WHERE id = OLD.report_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_prose_insert BEFORE INSERT ON prose WHEN (SELECT signed_by FROM report WHERE id = NEW.report_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_prose_update BEFORE UPDATE ON prose WHEN (SELECT signed_by FROM report WHERE id = OLD.report_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_prose_delete BEFORE DELETE ON prose WHEN (SELECT signed_by FROM report WHERE id = OLD.report_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_attachment_insert BEFORE INSERT ON attachment WHEN (SELECT signed_by FROM report WHERE id = NEW.report_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_attachment_update BEFORE UPDATE ON attachment WHEN (SELECT signed_by FROM report WHERE id = OLD.report_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
CREATE TRIGGER signed_attachment_delete BEFORE DELETE ON attachment WHEN (SELECT signed_by FROM report WHERE id = OLD.report_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'report is signed');
END;
