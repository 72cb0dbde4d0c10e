-- Schema version 7: an office's review and roll-up (汇总). Agencies form a tree (省 → 市 → 县/区 → 部门). A report
-- moves 草稿 (draft) → 待审核 (submitted) → 退回 (returned, with the reviewer's reason) or 审核通过 (approved), and
-- then 已签发 (signed_by); every step is kept in signoff_event with who, when and why: one history per report.
ALTER TABLE agency ADD COLUMN parent_id BIGINT REFERENCES agency (id) ON DELETE SET NULL;
ALTER TABLE report ADD COLUMN review_state TEXT NOT NULL DEFAULT 'draft';
UPDATE report SET review_state = 'approved' WHERE signed_by IS NOT NULL;

-- Reviewers (the 政务公开办): a role named here reads and reviews the agency's reports and those of every agency below
-- it; it changes nothing else of them.
CREATE TABLE agency_reviewer (
    agency_id BIGINT NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    role_name TEXT NOT NULL,
    PRIMARY KEY (agency_id, role_name)
);
CREATE FUNCTION may_review_agency(a BIGINT) RETURNS boolean LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up (id) AS (
        SELECT a
        UNION
        SELECT g.parent_id FROM agency g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL
    )
    SELECT EXISTS (SELECT 1 FROM agency_reviewer v JOIN up ON v.agency_id = up.id JOIN pg_roles r ON r.rolname = v.role_name
                   WHERE pg_has_role(current_user, r.oid, 'MEMBER'))
$$;
CREATE POLICY report_review ON report FOR UPDATE USING (may_review_agency(agency_id)) WITH CHECK (may_review_agency(agency_id));
CREATE POLICY signoff_review ON signoff_event FOR INSERT WITH CHECK (may_review_agency((SELECT agency_id FROM report WHERE id = report_id)));

-- The steps a report may take, and who may take them (the program checks the same; this holds for psql too). The
-- database's owner and superusers are not bound.
CREATE FUNCTION check_review_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       OR current_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'report') THEN
        RETURN NEW;
    END IF;
    IF NEW.review_state IS DISTINCT FROM OLD.review_state THEN
        IF NOT ((OLD.review_state IN ('draft', 'returned') AND NEW.review_state = 'submitted')
                OR (OLD.review_state IN ('submitted', 'approved') AND NEW.review_state = 'returned')
                OR (OLD.review_state = 'submitted' AND NEW.review_state = 'approved')
                OR (NEW.review_state = 'draft' AND OLD.signed_by IS NOT NULL AND NEW.signed_by IS NULL)) THEN
            RAISE EXCEPTION 'a report cannot go from % to %', OLD.review_state, NEW.review_state;
        END IF;
        IF NEW.review_state IN ('returned', 'approved') AND NOT may_review_agency(NEW.agency_id) THEN
            RAISE EXCEPTION 'only a reviewer may pass or return a report';
        END IF;
    END IF;
    -- On a server the review is not skipped: a clerk signs a report once it is approved.
    IF OLD.signed_by IS NULL AND NEW.signed_by IS NOT NULL AND NEW.review_state <> 'approved' THEN
        RAISE EXCEPTION 'signing needs an approved review';
    END IF;
    IF NOT may_write_agency(NEW.agency_id)
       AND ROW(NEW.agency_id, NEW.year, NEW.t2_form, NEW.t3_form, NEW.t4_form, NEW.title, NEW.issue_date, NEW.contact_person,
               NEW.contact_phone, NEW.contact_fax, NEW.contact_address, NEW.signed_by, NEW.signed_at, NEW.signed_sha256)
           IS DISTINCT FROM ROW(OLD.agency_id, OLD.year, OLD.t2_form, OLD.t3_form, OLD.t4_form, OLD.title, OLD.issue_date,
               OLD.contact_person, OLD.contact_phone, OLD.contact_fax, OLD.contact_address, OLD.signed_by, OLD.signed_at,
               OLD.signed_sha256) THEN
        RAISE EXCEPTION 'a reviewer changes only the review state';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER review_change BEFORE UPDATE ON report FOR EACH ROW EXECUTE FUNCTION check_review_change();
GRANT SELECT ON agency_reviewer TO PUBLIC;
