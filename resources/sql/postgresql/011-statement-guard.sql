-- Schema version 11: the cells and prose a statement inserts (an import writes a report's ~200 cells in one) are
-- guarded once per statement, over the rows it inserted, instead of once per row: the row trigger read the report's
-- row for every cell, 3.1 of the 5.4 ms a report's cells took to insert. The rules are those of version 9 — refused
-- on a report under review or signed, the report claimed (its revision raised) when this transaction has not yet
-- changed its row, each part stamped with the report's revision and the login — and updates and deletes keep the row
-- trigger. A row inserted with other stamps than those (the program writes the right ones; psql may write anything)
-- is given them by updating it, which the row trigger stamps.
CREATE FUNCTION guard_inserted_parts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    rid BIGINT;
    rev BIGINT;
    state TEXT;
    signer TEXT;
    claimed BOOLEAN;
    which TEXT;
BEGIN
    -- A report at a time (an import's statement has one), found by its key: a join of the rows inserted with the
    -- reports was planned as a scan of every report, since the planner cannot know they are one report's.
    FOR rid IN SELECT DISTINCT report_id FROM inserted LOOP
        SELECT review_state, signed_by, revision, xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296
          INTO state, signer, rev, claimed FROM report WHERE id = rid;
        IF signer IS NOT NULL THEN
            RAISE EXCEPTION 'report is signed';
        ELSIF state IN ('submitted', 'approved') THEN
            RAISE EXCEPTION 'report is under review';
        ELSIF NOT claimed THEN
            UPDATE report SET revision = revision + 1 WHERE id = rid RETURNING revision INTO rev;
        END IF;
        -- Rows not stamped as the row trigger would have: updated one by one, which that trigger stamps.
        FOR which IN SELECT CASE WHEN TG_TABLE_NAME = 'cell' THEN to_jsonb(i) ->> 'key' ELSE to_jsonb(i) ->> 'part' END FROM inserted i
                      WHERE i.report_id = rid AND (i.revision IS DISTINCT FROM rev OR i.modified_by IS DISTINCT FROM session_user) LOOP
            IF TG_TABLE_NAME = 'cell' THEN
                UPDATE cell SET revision = revision WHERE report_id = rid AND key = which;
            ELSE
                UPDATE prose SET revision = revision WHERE report_id = rid AND part = which;
            END IF;
        END LOOP;
    END LOOP;
    RETURN NULL;
END
$$;
DROP TRIGGER guard_cell ON cell;
DROP TRIGGER guard_prose ON prose;
CREATE TRIGGER guard_cell BEFORE UPDATE OR DELETE ON cell FOR EACH ROW EXECUTE FUNCTION guard_report_part();
CREATE TRIGGER guard_prose BEFORE UPDATE OR DELETE ON prose FOR EACH ROW EXECUTE FUNCTION guard_report_part();
CREATE TRIGGER guard_inserted_cells AFTER INSERT ON cell REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION guard_inserted_parts();
CREATE TRIGGER guard_inserted_prose AFTER INSERT ON prose REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION guard_inserted_parts();
