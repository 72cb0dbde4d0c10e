-- Schema version 8: the office's rules are the server's own. Whoever connects — the program or psql — meets the same
-- guards: (1) three group roles per database (clerk, reviewer, administrator), made here, and nothing granted to
-- PUBLIC; (2) reading scoped by row security: a clerk reads its agencies' reports and others' signed ones, a reviewer
-- its region (drafts included), an administrator everything; (3) a report's content is fixed while it is submitted,
-- approved or signed, whoever writes; (4) review and sign-off steps only through report_step(), a function the
-- database owns, which checks who may take each step and records session_user; (5) the history is append-only; (6)
-- who changed a report, a cell or a prose part is the login, set by the server. The database's owner (the office's
-- administrator, who ran this migration) needs CREATEROLE.

-- Who did it: the login (set by the server) beside the name typed for the printed page.
ALTER TABLE signoff_event ADD COLUMN role_name TEXT;
UPDATE signoff_event SET role_name = who;
ALTER TABLE report ADD COLUMN signed_role TEXT;
UPDATE report SET signed_role = signed_by WHERE signed_by IS NOT NULL;

-- (1) The group roles, named after the database (<database>_clerks, _reviewers, _admins: role names are the cluster's,
-- databases share them) and kept in meta.
DO $$
DECLARE
    kind TEXT;
    base TEXT := current_database();
    name TEXT;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper)) THEN
        RAISE EXCEPTION 'disclosure-report: the owner % needs CREATEROLE', current_user USING ERRCODE = '42501';
    END IF;
    IF base !~ '^[a-z_][a-z0-9_]{0,39}$' THEN
        base := 'dr_' || substr(md5(base), 1, 12);
    END IF;
    FOREACH kind IN ARRAY ARRAY['clerk', 'reviewer', 'admin'] LOOP
        -- reports_clerks …; a login role of that name (the owner's own, say) is never taken for a group.
        name := base || '_' || kind || 's';
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name AND (rolcanlogin OR rolsuper)) THEN
            name := name || '_' || substr(md5(current_database() || kind), 1, 6);
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
        INSERT INTO meta (key, value) VALUES (kind || '_role', name);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), name);
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', name);
    END LOOP;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
END
$$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Who may do what, asked of a role (current_user in a policy; session_user, the login, inside the functions below,
-- which run as the owner). SECURITY DEFINER: they read the writer and reviewer tables whatever the caller may read.
CREATE FUNCTION office_role(kind TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT value FROM meta WHERE key = kind || '_role'
$$;
CREATE FUNCTION is_office_admin(who NAME) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT who = (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE c.oid = 'public.report'::regclass)
        OR pg_has_role(who, (SELECT oid FROM pg_roles WHERE rolname = office_role('admin')), 'MEMBER')
$$;
CREATE FUNCTION written_agencies(who NAME) RETURNS BIGINT[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(DISTINCT w.agency_id), '{}') FROM agency_writer w JOIN pg_roles r ON r.rolname = w.role_name
    WHERE pg_has_role(who, r.oid, 'MEMBER')
$$;
-- A reviewer's region: the agencies it is named for and every agency below them.
CREATE FUNCTION reviewed_agencies(who NAME) RETURNS BIGINT[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH RECURSIVE down (id) AS (
        SELECT v.agency_id FROM agency_reviewer v JOIN pg_roles r ON r.rolname = v.role_name WHERE pg_has_role(who, r.oid, 'MEMBER')
        UNION
        SELECT g.id FROM agency g JOIN down ON g.parent_id = down.id
    )
    SELECT coalesce(array_agg(id), '{}') FROM down
$$;

-- (2) Reading. A report is read by its writers, its region's reviewers and the administrators; once signed (published)
-- by every member of the office. Its cells, prose, seal and history follow the report (the subquery is row-secured too).
DROP POLICY report_read ON report;
DROP POLICY report_insert ON report;
DROP POLICY report_update ON report;
DROP POLICY report_delete ON report;
DROP POLICY report_review ON report;
CREATE POLICY report_read ON report FOR SELECT USING (
    signed_by IS NOT NULL OR (SELECT is_office_admin(current_user))
    OR agency_id IN (SELECT unnest(written_agencies(current_user)) UNION SELECT unnest(reviewed_agencies(current_user))));
CREATE POLICY report_insert ON report FOR INSERT WITH CHECK (agency_id IN (SELECT unnest(written_agencies(current_user))));
CREATE POLICY report_update ON report FOR UPDATE USING (agency_id IN (SELECT unnest(written_agencies(current_user))))
    WITH CHECK (agency_id IN (SELECT unnest(written_agencies(current_user))));
CREATE POLICY report_delete ON report FOR DELETE USING (agency_id IN (SELECT unnest(written_agencies(current_user))));
DROP POLICY cell_read ON cell;
DROP POLICY cell_insert ON cell;
DROP POLICY cell_update ON cell;
DROP POLICY cell_delete ON cell;
CREATE POLICY cell_read ON cell FOR SELECT USING (report_id IN (SELECT id FROM report));
CREATE POLICY cell_insert ON cell FOR INSERT WITH CHECK (report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(written_agencies(current_user)))));
CREATE POLICY cell_update ON cell FOR UPDATE USING (report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(written_agencies(current_user)))));
CREATE POLICY cell_delete ON cell FOR DELETE USING (report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(written_agencies(current_user)))));
DROP POLICY prose_read ON prose;
DROP POLICY prose_insert ON prose;
DROP POLICY prose_update ON prose;
DROP POLICY prose_delete ON prose;
CREATE POLICY prose_read ON prose FOR SELECT USING (report_id IN (SELECT id FROM report));
CREATE POLICY prose_insert ON prose FOR INSERT WITH CHECK (report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(written_agencies(current_user)))));
CREATE POLICY prose_update ON prose FOR UPDATE USING (report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(written_agencies(current_user)))));
CREATE POLICY prose_delete ON prose FOR DELETE USING (report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(written_agencies(current_user)))));
DROP POLICY attachment_read ON attachment;
DROP POLICY attachment_insert ON attachment;
DROP POLICY attachment_update ON attachment;
DROP POLICY attachment_delete ON attachment;
CREATE POLICY attachment_read ON attachment FOR SELECT USING (report_id IN (SELECT id FROM report));
CREATE POLICY attachment_insert ON attachment FOR INSERT WITH CHECK (report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(written_agencies(current_user)))));
CREATE POLICY attachment_update ON attachment FOR UPDATE USING (report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(written_agencies(current_user)))));
CREATE POLICY attachment_delete ON attachment FOR DELETE USING (report_id IN (SELECT id FROM report WHERE agency_id IN (SELECT unnest(written_agencies(current_user)))));
DROP POLICY signoff_read ON signoff_event;
DROP POLICY signoff_insert ON signoff_event;
DROP POLICY signoff_review ON signoff_event;
CREATE POLICY signoff_read ON signoff_event FOR SELECT USING (report_id IN (SELECT id FROM report));
DROP FUNCTION may_review_agency(BIGINT);
DROP FUNCTION may_write_report(BIGINT);
DROP FUNCTION may_write_agency(BIGINT);

-- (3) A report's content is fixed while it is submitted, approved or signed, whoever writes; the writer recorded is the login.
DROP TRIGGER signed_report ON report;
DROP TRIGGER signed_cell ON cell;
DROP TRIGGER signed_prose ON prose;
DROP TRIGGER signed_attachment ON attachment;
DROP TRIGGER review_change ON report;
DROP FUNCTION refuse_signed_report_change();
DROP FUNCTION check_review_change();
CREATE FUNCTION guard_report_part() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    rid BIGINT;
    state TEXT;
    signer TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        rid := OLD.report_id;
    ELSE
        rid := NEW.report_id;
    END IF;
    -- No row: the report itself is being deleted (ON DELETE CASCADE), which its own guard allowed.
    SELECT review_state, signed_by INTO state, signer FROM report WHERE id = rid;
    IF signer IS NOT NULL THEN
        RAISE EXCEPTION 'report is signed';
    ELSIF state IN ('submitted', 'approved') THEN
        RAISE EXCEPTION 'report is under review';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_TABLE_NAME IN ('cell', 'prose') THEN
        NEW.modified_by := session_user;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_cell BEFORE INSERT OR UPDATE OR DELETE ON cell FOR EACH ROW EXECUTE FUNCTION guard_report_part();
CREATE TRIGGER guard_prose BEFORE INSERT OR UPDATE OR DELETE ON prose FOR EACH ROW EXECUTE FUNCTION guard_report_part();
CREATE TRIGGER guard_attachment BEFORE INSERT OR UPDATE OR DELETE ON attachment FOR EACH ROW EXECUTE FUNCTION guard_report_part();

-- The report's own row: content fixed under review and once signed; the review columns change only inside
-- report_step() (which marks its transaction) and only along the steps of the review; a signed report keeps its
-- fingerprint; a new report starts as a draft; revisions only go up.
CREATE FUNCTION guard_report() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    stepping BOOLEAN := coalesce(current_setting('disclosure_report.step', true), '') = 'on';
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.signed_by IS NOT NULL THEN
            RAISE EXCEPTION 'report is signed';
        ELSIF OLD.review_state IN ('submitted', 'approved') THEN
            RAISE EXCEPTION 'report is under review';
        END IF;
        RETURN OLD;
    END IF;
    NEW.modified_by := session_user;
    NEW.modified_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    IF TG_OP = 'INSERT' THEN
        IF NEW.review_state <> 'draft' OR NEW.signed_by IS NOT NULL OR NEW.signed_sha256 IS NOT NULL OR NEW.signed_role IS NOT NULL THEN
            RAISE EXCEPTION 'a new report starts as a draft';
        END IF;
        RETURN NEW;
    END IF;
    IF ROW(NEW.id, NEW.agency_id, NEW.year, NEW.t2_form, NEW.t3_form, NEW.t4_form, NEW.title, NEW.issue_date, NEW.contact_person, NEW.contact_phone,
           NEW.contact_fax, NEW.contact_address, NEW.revision, NEW.details_revision)
       IS DISTINCT FROM ROW(OLD.id, OLD.agency_id, OLD.year, OLD.t2_form, OLD.t3_form, OLD.t4_form, OLD.title, OLD.issue_date, OLD.contact_person,
           OLD.contact_phone, OLD.contact_fax, OLD.contact_address, OLD.revision, OLD.details_revision) THEN
        IF OLD.signed_by IS NOT NULL THEN
            RAISE EXCEPTION 'report is signed';
        ELSIF OLD.review_state IN ('submitted', 'approved') THEN
            RAISE EXCEPTION 'report is under review';
        ELSIF NEW.revision < OLD.revision OR NEW.details_revision > NEW.revision THEN
            RAISE EXCEPTION 'a revision only goes up';
        END IF;
    END IF;
    IF ROW(NEW.review_state, NEW.signed_by, NEW.signed_role, NEW.signed_at, NEW.signed_sha256)
       IS NOT DISTINCT FROM ROW(OLD.review_state, OLD.signed_by, OLD.signed_role, OLD.signed_at, OLD.signed_sha256) THEN
        RETURN NEW;
    END IF;
    IF NOT stepping THEN
        RAISE EXCEPTION 'review steps are taken through report_step()';
    END IF;
    IF OLD.signed_by IS NOT NULL AND NEW.signed_by IS NOT NULL THEN
        RAISE EXCEPTION 'report is signed';
    ELSIF NEW.signed_by IS NOT NULL AND (NEW.signed_sha256 IS NULL OR NEW.signed_role IS NULL OR NEW.review_state <> 'approved' OR OLD.review_state <> 'approved') THEN
        RAISE EXCEPTION 'signing needs an approved review';
    ELSIF OLD.signed_by IS NOT NULL AND NOT (NEW.signed_sha256 IS NULL AND NEW.signed_role IS NULL AND NEW.signed_at IS NULL AND NEW.review_state = 'draft') THEN
        RAISE EXCEPTION 'a signature is withdrawn whole';
    ELSIF OLD.signed_by IS NULL AND NEW.signed_by IS NULL AND NOT (
            (OLD.review_state IN ('draft', 'returned') AND NEW.review_state = 'submitted')
            OR (OLD.review_state = 'submitted' AND NEW.review_state IN ('approved', 'returned'))
            OR (OLD.review_state = 'approved' AND NEW.review_state = 'returned')) THEN
        RAISE EXCEPTION 'a report cannot go from % to %', OLD.review_state, NEW.review_state;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_report BEFORE INSERT OR UPDATE OR DELETE ON report FOR EACH ROW EXECUTE FUNCTION guard_report();

-- (5) The history is append-only: written by report_step() only, each row with the login and the server's time.
CREATE FUNCTION guard_history() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.role_name := session_user;
        NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
        RETURN NEW;
    ELSIF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM report WHERE id = OLD.report_id) THEN
        RETURN OLD; -- its report is being deleted (a draft's)
    END IF;
    RAISE EXCEPTION 'the history is append-only';
END
$$;
CREATE TRIGGER guard_history BEFORE INSERT OR UPDATE OR DELETE ON signoff_event FOR EACH ROW EXECUTE FUNCTION guard_history();
CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the history is append-only';
END
$$;
CREATE TRIGGER guard_history_truncate BEFORE TRUNCATE ON signoff_event FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- (4) The steps of the review, each checked against the login (session_user): submit — a writer of the agency, from
-- draft or returned; approve — a reviewer of its region who does not also write it, from submitted; return — such a
-- reviewer, with a reason, from submitted or approved; sign — a writer, from approved, with the fingerprint of what
-- was read (seen_revision must still be the report's revision); reopen (撤回签发) — a writer or a reviewer, with a
-- reason, from signed to draft. seen_state: the state the caller saw (another reviewer's step in between is refused).
-- Returns the new state.
CREATE FUNCTION report_step(rid BIGINT, step TEXT, typed_name TEXT, why TEXT, digest TEXT, seen_revision BIGINT, seen_state TEXT)
RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r report%ROWTYPE;
    who NAME := session_user;
    writes BOOLEAN;
    reviews BOOLEAN;
    new_state TEXT;
BEGIN
    SELECT * INTO r FROM report WHERE id = rid FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such report';
    END IF;
    writes := r.agency_id = ANY (written_agencies(who));
    reviews := r.agency_id = ANY (reviewed_agencies(who));
    IF seen_state IS NOT NULL AND seen_state <> (CASE WHEN r.signed_by IS NOT NULL THEN 'signed' ELSE r.review_state END) THEN
        RAISE EXCEPTION 'the review changed elsewhere';
    END IF;
    IF step IN ('submit', 'approve', 'return', 'sign') AND r.signed_by IS NOT NULL THEN
        RAISE EXCEPTION 'report is signed';
    END IF;
    IF step = 'submit' THEN
        IF NOT writes THEN
            RAISE EXCEPTION 'only a writer of the agency may submit its report';
        ELSIF r.review_state NOT IN ('draft', 'returned') THEN
            RAISE EXCEPTION 'a report cannot go from % to submitted', r.review_state;
        END IF;
        new_state := 'submitted';
    ELSIF step IN ('approve', 'return') THEN
        IF NOT reviews THEN
            RAISE EXCEPTION 'only a reviewer may pass or return a report';
        ELSIF writes THEN
            RAISE EXCEPTION 'a reviewer does not review a report it writes';
        ELSIF step = 'approve' AND r.review_state <> 'submitted' THEN
            RAISE EXCEPTION 'a report cannot go from % to approved', r.review_state;
        ELSIF step = 'return' AND r.review_state NOT IN ('submitted', 'approved') THEN
            RAISE EXCEPTION 'a report cannot go from % to returned', r.review_state;
        ELSIF step = 'return' AND coalesce(btrim(why), '') = '' THEN
            RAISE EXCEPTION 'a return needs a reason';
        END IF;
        new_state := CASE step WHEN 'approve' THEN 'approved' ELSE 'returned' END;
    ELSIF step = 'sign' THEN
        IF NOT writes THEN
            RAISE EXCEPTION 'only a writer of the agency may sign its report';
        ELSIF r.review_state <> 'approved' THEN
            RAISE EXCEPTION 'signing needs an approved review';
        ELSIF coalesce(btrim(typed_name), '') = '' THEN
            RAISE EXCEPTION 'signing needs the signer''s name';
        ELSIF digest IS NULL OR digest !~ '^[0-9a-f]{64}$' THEN
            RAISE EXCEPTION 'signing needs the fingerprint of the report';
        ELSIF seen_revision IS DISTINCT FROM r.revision THEN
            RAISE EXCEPTION 'the report changed elsewhere';
        END IF;
        new_state := 'approved';
    ELSIF step = 'reopen' THEN
        IF NOT (writes OR reviews) THEN
            RAISE EXCEPTION 'only a writer or a reviewer may withdraw a signature';
        ELSIF r.signed_by IS NULL THEN
            RAISE EXCEPTION 'report is not signed';
        ELSIF coalesce(btrim(why), '') = '' THEN
            RAISE EXCEPTION 'a withdrawal needs a reason';
        END IF;
        new_state := 'draft';
    ELSE
        RAISE EXCEPTION 'unknown step %', step;
    END IF;
    PERFORM set_config('disclosure_report.step', 'on', true);
    IF step = 'sign' THEN
        UPDATE report SET signed_by = btrim(typed_name), signed_role = who, signed_sha256 = digest,
                          signed_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') WHERE id = rid;
    ELSIF step = 'reopen' THEN
        UPDATE report SET signed_by = NULL, signed_role = NULL, signed_at = NULL, signed_sha256 = NULL, review_state = 'draft' WHERE id = rid;
    ELSE
        UPDATE report SET review_state = new_state WHERE id = rid;
    END IF;
    PERFORM set_config('disclosure_report.step', '', true);
    INSERT INTO signoff_event (report_id, action, who, at, reason, sha256)
    VALUES (rid, step, coalesce(nullif(btrim(typed_name), ''), who), '', nullif(btrim(why), ''), CASE WHEN step = 'sign' THEN digest END);
    RETURN new_state;
END
$$;

-- The administrator's: accounts and rights, without SQL (disclosure-report access, 机关与账号). A password arrives as
-- a SCRAM-SHA-256 verifier made by the program, never in clear.
CREATE FUNCTION office_account_add(account TEXT, verifier TEXT, kind TEXT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT is_office_admin(session_user) THEN
        RAISE EXCEPTION 'only the office''s administrator manages accounts' USING ERRCODE = '42501';
    ELSIF kind NOT IN ('clerk', 'reviewer', 'admin') THEN
        RAISE EXCEPTION 'unknown kind of account %', kind;
    ELSIF account !~ '^[A-Za-z_][A-Za-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'not a usable account name: %', account;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = account) THEN
        IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$' THEN
            RAISE EXCEPTION 'a new account needs a password';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', account, verifier);
    ELSIF (SELECT rolsuper FROM pg_roles WHERE rolname = account) THEN
        RAISE EXCEPTION 'a superuser is not an office account';
    ELSIF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', account, verifier);
    END IF;
    EXECUTE format('GRANT %I TO %I', office_role(kind), account);
END
$$;
CREATE FUNCTION office_right(account TEXT, agency_name TEXT, kind TEXT, granted BOOLEAN) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    aid BIGINT;
BEGIN
    IF NOT is_office_admin(session_user) THEN
        RAISE EXCEPTION 'only the office''s administrator manages accounts' USING ERRCODE = '42501';
    END IF;
    SELECT id INTO aid FROM agency WHERE name = agency_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such agency: %', agency_name;
    ELSIF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = account) THEN
        RAISE EXCEPTION 'no such account: %', account;
    END IF;
    IF kind = 'write' AND granted THEN
        INSERT INTO agency_writer (agency_id, role_name) VALUES (aid, account) ON CONFLICT DO NOTHING;
    ELSIF kind = 'write' THEN
        DELETE FROM agency_writer WHERE agency_id = aid AND role_name = account;
    ELSIF kind = 'review' AND granted THEN
        INSERT INTO agency_reviewer (agency_id, role_name) VALUES (aid, account) ON CONFLICT DO NOTHING;
    ELSIF kind = 'review' THEN
        DELETE FROM agency_reviewer WHERE agency_id = aid AND role_name = account;
    ELSE
        RAISE EXCEPTION 'unknown right %', kind;
    END IF;
END
$$;
-- Every right of an account in this database goes (its memberships and agencies); the role itself stays, as the
-- history names it and other databases may use it.
CREATE FUNCTION office_account_remove(account TEXT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    kind TEXT;
BEGIN
    IF NOT is_office_admin(session_user) THEN
        RAISE EXCEPTION 'only the office''s administrator manages accounts' USING ERRCODE = '42501';
    ELSIF account = session_user THEN
        RAISE EXCEPTION 'an administrator does not remove its own account';
    END IF;
    DELETE FROM agency_writer WHERE role_name = account;
    DELETE FROM agency_reviewer WHERE role_name = account;
    FOREACH kind IN ARRAY ARRAY['clerk', 'reviewer', 'admin'] LOOP
        IF EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = office_role(kind))
                   AND m.member = (SELECT oid FROM pg_roles WHERE rolname = account)) THEN
            EXECUTE format('REVOKE %I FROM %I', office_role(kind), account);
        END IF;
    END LOOP;
END
$$;
-- Who may do what: each account of the office with its kinds, the agencies it writes and the regions it reviews.
CREATE FUNCTION office_accounts() RETURNS TABLE (account TEXT, kinds TEXT[], writes TEXT[], reviews TEXT[], can_login BOOLEAN)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH members AS (
        SELECT r.rolname::TEXT AS account, k.kind, r.rolcanlogin
        FROM unnest(ARRAY['clerk', 'reviewer', 'admin']) AS k (kind)
        JOIN pg_auth_members m ON m.roleid = (SELECT oid FROM pg_roles WHERE rolname = office_role(k.kind))
        JOIN pg_roles r ON r.oid = m.member
    ), named AS (
        SELECT account FROM members UNION SELECT role_name FROM agency_writer UNION SELECT role_name FROM agency_reviewer
    )
    SELECT n.account,
           coalesce((SELECT array_agg(kind ORDER BY kind) FROM members m WHERE m.account = n.account), '{}'),
           coalesce((SELECT array_agg(a.name ORDER BY a.name) FROM agency_writer w JOIN agency a ON a.id = w.agency_id WHERE w.role_name = n.account), '{}'),
           coalesce((SELECT array_agg(a.name ORDER BY a.name) FROM agency_reviewer v JOIN agency a ON a.id = v.agency_id WHERE v.role_name = n.account), '{}'),
           coalesce((SELECT rolcanlogin FROM pg_roles WHERE rolname = n.account), false)
    FROM named n WHERE is_office_admin(session_user) ORDER BY n.account
$$;

-- What each group may do. Clerks write their agencies' reports (row security above says which), never the review
-- columns; reviewers and administrators write no report; the history is written by report_step() only; agencies,
-- writers and reviewers are the administrators'.
DO $$
DECLARE
    clerk TEXT := office_role('clerk');
    reviewer TEXT := office_role('reviewer');
    admin TEXT := office_role('admin');
    everyone TEXT;
    account TEXT;
BEGIN
    everyone := format('%I, %I, %I', clerk, reviewer, admin);
    EXECUTE 'GRANT SELECT ON meta, agency, agency_writer, agency_reviewer, report, cell, prose, attachment, signoff_event, data_change TO ' || everyone;
    EXECUTE format('GRANT INSERT (id, agency_id, year, t2_form, t3_form, t4_form, title, issue_date, contact_person, contact_phone, contact_fax, '
                   'contact_address, modified_at, modified_by, revision, details_revision) ON report TO %I', clerk);
    EXECUTE format('GRANT UPDATE (agency_id, t2_form, t3_form, t4_form, title, issue_date, contact_person, contact_phone, contact_fax, '
                   'contact_address, modified_at, modified_by, revision, details_revision) ON report TO %I', clerk);
    EXECUTE format('GRANT DELETE ON report TO %I', clerk);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON cell, prose, attachment TO %I', clerk);
    EXECUTE format('GRANT USAGE ON SEQUENCE report_id_seq TO %I', clerk);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON agency, agency_writer, agency_reviewer TO %I', admin);
    EXECUTE format('GRANT USAGE ON SEQUENCE agency_id_seq TO %I', admin);
    EXECUTE 'GRANT EXECUTE ON FUNCTION report_step(BIGINT, TEXT, TEXT, TEXT, TEXT, BIGINT, TEXT), office_role(TEXT), is_office_admin(NAME), '
            'written_agencies(NAME), reviewed_agencies(NAME), office_accounts() TO ' || everyone;
    EXECUTE format('GRANT EXECUTE ON FUNCTION office_account_add(TEXT, TEXT, TEXT), office_right(TEXT, TEXT, TEXT, BOOLEAN), '
                   'office_account_remove(TEXT) TO %I', admin);
    -- The writers and reviewers named before this version keep their work: members of their group from now on.
    FOR account IN SELECT DISTINCT w.role_name FROM agency_writer w JOIN pg_roles r ON r.rolname = w.role_name WHERE NOT r.rolsuper LOOP
        EXECUTE format('GRANT %I TO %I', clerk, account);
    END LOOP;
    FOR account IN SELECT DISTINCT v.role_name FROM agency_reviewer v JOIN pg_roles r ON r.rolname = v.role_name WHERE NOT r.rolsuper LOOP
        EXECUTE format('GRANT %I TO %I', reviewer, account);
    END LOOP;
END
$$;
