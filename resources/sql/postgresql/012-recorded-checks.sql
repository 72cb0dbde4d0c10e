-- Schema version 12: a roll-up's check of each report kept for the next roll-up, with the revisions it was made at
-- (the report's and its agency's report of the year before, -1 for none) and the rules' version: a province's
-- roll-up reads its reports' rows and the database's sums instead of 20 000 reports' cells, and checks only the
-- reports changed since. What the dashboard shows of a report comes from here, so it is not its clerk's to write:
-- a check is recorded by an administrator or by a reviewer of the report's region who does not write its agency,
-- only for the report as it stands (other revisions than the database's own at that moment are not kept), stamped
-- with the login.
CREATE TABLE report_check (
    report_id BIGINT PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    last_year_revision BIGINT NOT NULL,
    rules TEXT NOT NULL,
    result TEXT NOT NULL,
    checked_by TEXT
);
ALTER TABLE report_check ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_check_read ON report_check FOR SELECT USING (report_id IN (SELECT id FROM report));
CREATE POLICY report_check_insert ON report_check FOR INSERT WITH CHECK (
    (SELECT is_office_admin(current_user))
    OR report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(reviewed_agencies(current_user)) EXCEPT SELECT unnest(written_agencies(current_user)))));
CREATE POLICY report_check_update ON report_check FOR UPDATE USING (
    (SELECT is_office_admin(current_user))
    OR report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(reviewed_agencies(current_user)) EXCEPT SELECT unnest(written_agencies(current_user)))));
CREATE FUNCTION guard_report_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.revision IS DISTINCT FROM (SELECT revision FROM report WHERE id = NEW.report_id)
       OR NEW.last_year_revision IS DISTINCT FROM coalesce((SELECT p.revision FROM report r JOIN report p ON p.agency_id = r.agency_id AND p.year = r.year - 1
                                                            WHERE r.id = NEW.report_id), -1) THEN
        RETURN NULL; -- the report changed meanwhile (or never was so): nothing kept
    END IF;
    NEW.checked_by := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_report_check BEFORE INSERT OR UPDATE ON report_check FOR EACH ROW EXECUTE FUNCTION guard_report_check();
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON report_check TO %I, %I, %I', office_role('clerk'), office_role('reviewer'), office_role('admin'));
    EXECUTE format('GRANT INSERT, UPDATE ON report_check TO %I, %I', office_role('reviewer'), office_role('admin'));
END
$$;
