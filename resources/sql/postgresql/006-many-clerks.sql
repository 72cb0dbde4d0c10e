-- Schema version 6: many clerks on one report. Each cell, prose part and the report's own fields carry the revision
-- of the write that last changed them and who made it: two clerks' edits of different cells both stand, and a write
-- of a cell changed since its writer read it is refused with the other clerk's name and value. The server itself
-- refuses every change to a signed report, and lets a role write only the reports of the agencies it is a writer of.
ALTER TABLE cell ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE cell ADD COLUMN modified_by TEXT;
ALTER TABLE prose ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE prose ADD COLUMN modified_by TEXT;
ALTER TABLE report ADD COLUMN details_revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE report ADD COLUMN modified_by TEXT;

CREATE FUNCTION refuse_signed_report_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rid BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'report' THEN
        IF TG_OP = 'DELETE' THEN
            IF OLD.signed_by IS NOT NULL THEN
                RAISE EXCEPTION 'report is signed';
            END IF;
            RETURN OLD;
        END IF;
        IF OLD.signed_by IS NOT NULL AND NEW.signed_by IS NOT NULL
           AND ROW(NEW.agency_id, NEW.year, NEW.t2_form, NEW.t3_form, NEW.t4_form, NEW.title, NEW.issue_date, NEW.contact_person,
                   NEW.contact_phone, NEW.contact_fax, NEW.contact_address)
               IS DISTINCT FROM ROW(OLD.agency_id, OLD.year, OLD.t2_form, OLD.t3_form, OLD.t4_form, OLD.title, OLD.issue_date,
                   OLD.contact_person, OLD.contact_phone, OLD.contact_fax, OLD.contact_address) THEN
            RAISE EXCEPTION 'report is signed';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        rid := OLD.report_id;
    ELSE
        rid := NEW.report_id;
    END IF;
    IF EXISTS (SELECT 1 FROM report WHERE id = rid AND signed_by IS NOT NULL) THEN
        RAISE EXCEPTION 'report is signed';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER signed_report BEFORE UPDATE OR DELETE ON report FOR EACH ROW EXECUTE FUNCTION refuse_signed_report_change();
CREATE TRIGGER signed_cell BEFORE INSERT OR UPDATE OR DELETE ON cell FOR EACH ROW EXECUTE FUNCTION refuse_signed_report_change();
CREATE TRIGGER signed_prose BEFORE INSERT OR UPDATE OR DELETE ON prose FOR EACH ROW EXECUTE FUNCTION refuse_signed_report_change();
CREATE TRIGGER signed_attachment BEFORE INSERT OR UPDATE OR DELETE ON attachment FOR EACH ROW EXECUTE FUNCTION refuse_signed_report_change();

-- What open windows poll to learn that someone changed something: a committed counter (a sequence would be seen
-- before the change it counts is committed). Raised by the server, whoever writes.
CREATE TABLE data_change (
    n BIGINT NOT NULL
);
INSERT INTO data_change (n) VALUES (0);
CREATE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    UPDATE data_change SET n = n + 1;
    PERFORM pg_notify('disclosure_report_changed', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER data_change AFTER INSERT OR UPDATE OR DELETE ON report FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();
CREATE TRIGGER data_change_agency AFTER INSERT OR UPDATE OR DELETE ON agency FOR EACH STATEMENT EXECUTE FUNCTION note_data_change();

-- Who may write an agency's reports: the roles named here and their members (a department's group role, or one
-- clerk's login role). The database's owner, who ran these migrations, is not bound by row security.
CREATE TABLE agency_writer (
    agency_id BIGINT NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    role_name TEXT NOT NULL,
    PRIMARY KEY (agency_id, role_name)
);
CREATE FUNCTION may_write_agency(a BIGINT) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM agency_writer w JOIN pg_roles r ON r.rolname = w.role_name
                   WHERE w.agency_id = a AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$;
CREATE FUNCTION may_write_report(rid BIGINT) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT may_write_agency((SELECT agency_id FROM report WHERE id = rid))
$$;
ALTER TABLE report ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_read ON report FOR SELECT USING (true);
CREATE POLICY report_insert ON report FOR INSERT WITH CHECK (may_write_agency(agency_id));
CREATE POLICY report_update ON report FOR UPDATE USING (may_write_agency(agency_id)) WITH CHECK (may_write_agency(agency_id));
CREATE POLICY report_delete ON report FOR DELETE USING (may_write_agency(agency_id));
ALTER TABLE cell ENABLE ROW LEVEL SECURITY;
CREATE POLICY cell_read ON cell FOR SELECT USING (true);
CREATE POLICY cell_insert ON cell FOR INSERT WITH CHECK (may_write_report(report_id));
CREATE POLICY cell_update ON cell FOR UPDATE USING (may_write_report(report_id)) WITH CHECK (may_write_report(report_id));
CREATE POLICY cell_delete ON cell FOR DELETE USING (may_write_report(report_id));
ALTER TABLE prose ENABLE ROW LEVEL SECURITY;
CREATE POLICY prose_read ON prose FOR SELECT USING (true);
CREATE POLICY prose_insert ON prose FOR INSERT WITH CHECK (may_write_report(report_id));
CREATE POLICY prose_update ON prose FOR UPDATE USING (may_write_report(report_id)) WITH CHECK (may_write_report(report_id));
CREATE POLICY prose_delete ON prose FOR DELETE USING (may_write_report(report_id));
ALTER TABLE attachment ENABLE ROW LEVEL SECURITY;
CREATE POLICY attachment_read ON attachment FOR SELECT USING (true);
CREATE POLICY attachment_insert ON attachment FOR INSERT WITH CHECK (may_write_report(report_id));
CREATE POLICY attachment_update ON attachment FOR UPDATE USING (may_write_report(report_id)) WITH CHECK (may_write_report(report_id));
CREATE POLICY attachment_delete ON attachment FOR DELETE USING (may_write_report(report_id));
ALTER TABLE signoff_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY signoff_read ON signoff_event FOR SELECT USING (true);
CREATE POLICY signoff_insert ON signoff_event FOR INSERT WITH CHECK (may_write_report(report_id));
-- Every role that may connect reads; writes are what the policies above let through. Agencies, writers and the
-- schema are the owner's.
GRANT SELECT ON meta, agency, agency_writer, report, cell, prose, attachment, signoff_event, data_change TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON report, cell, prose, attachment TO PUBLIC;
GRANT INSERT ON signoff_event TO PUBLIC;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;
