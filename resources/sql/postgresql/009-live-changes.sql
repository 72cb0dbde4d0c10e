-- Schema version 9: live changes. Every change of a report — its cells, prose, fields, attachments, review steps — and
-- of the agencies is announced by the server itself, whoever makes it (the program or psql): NOTIFY
-- disclosure_report_changed with the payload "report ID" or "agency"; open windows LISTEN and merge it at once.
-- A write to a report's parts that did not first claim the report (raise its revision, as the program does) has the
-- claim made for it here, and every part written is stamped with the report's revision: so a change through SQL is
-- announced, seen by every store's next read, and a stale write over it is refused like any other.
-- The counter windows used to poll is gone: every write raised its one row, so all writers of all reports took turns.
DROP TRIGGER data_change ON report;
DROP TRIGGER data_change_agency ON agency;
DROP FUNCTION note_data_change();
DROP TABLE data_change;

CREATE FUNCTION announce_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'agency' THEN
        PERFORM pg_notify('disclosure_report_changed', 'agency');
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('disclosure_report_changed', 'report ' || OLD.id);
    ELSE
        PERFORM pg_notify('disclosure_report_changed', 'report ' || NEW.id);
    END IF;
    RETURN NULL;
END
$$;
-- A report's parts never change without its row (below), so the row's trigger announces them too.
CREATE TRIGGER announce_report AFTER INSERT OR UPDATE OR DELETE ON report FOR EACH ROW EXECUTE FUNCTION announce_change();
CREATE TRIGGER announce_agency AFTER INSERT OR UPDATE OR DELETE ON agency FOR EACH STATEMENT EXECUTE FUNCTION announce_change();

-- A report's row is claimed by the first change of it in a transaction: its revision goes up, whoever writes (the
-- program raises it itself; SQL that does not has it raised here), so that what the transaction then writes to the
-- report's parts carries a revision nobody has seen. Fields changed without a new details revision get one. A review
-- step (report_step(), checked by guard_report) changes no content and raises nothing. Fires before guard_report
-- (triggers fire by name), which then refuses the raise on a report under review or signed like any other change.
CREATE FUNCTION claim_report() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    claimed BOOLEAN;
BEGIN
    IF ROW(NEW.review_state, NEW.signed_by, NEW.signed_role, NEW.signed_at, NEW.signed_sha256)
       IS DISTINCT FROM ROW(OLD.review_state, OLD.signed_by, OLD.signed_role, OLD.signed_at, OLD.signed_sha256) THEN
        RETURN NEW;
    END IF;
    IF NEW.revision < OLD.revision THEN
        RAISE EXCEPTION 'a revision only goes up';
    END IF;
    SELECT xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296 INTO claimed FROM report WHERE id = OLD.id;
    IF NOT claimed AND NEW.revision <= OLD.revision THEN
        NEW.revision := OLD.revision + 1;
    END IF;
    IF NEW.details_revision = OLD.details_revision
       AND ROW(NEW.title, NEW.issue_date, NEW.contact_person, NEW.contact_phone, NEW.contact_fax, NEW.contact_address)
           IS DISTINCT FROM ROW(OLD.title, OLD.issue_date, OLD.contact_person, OLD.contact_phone, OLD.contact_fax, OLD.contact_address) THEN
        NEW.details_revision := NEW.revision;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER claim_report BEFORE UPDATE ON report FOR EACH ROW EXECUTE FUNCTION claim_report();

-- A part of a report written: refused under review or once signed (as in version 8); the report claimed when this
-- transaction has not yet changed its row (its xmin is not this transaction's; a change of the row claims it, above);
-- the part stamped with the report's revision and the login.
CREATE OR REPLACE FUNCTION guard_report_part() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    rid BIGINT;
    state TEXT;
    signer TEXT;
    rev BIGINT;
    claimed BOOLEAN;
BEGIN
    IF TG_OP = 'DELETE' THEN
        rid := OLD.report_id;
    ELSE
        rid := NEW.report_id;
    END IF;
    SELECT review_state, signed_by, revision, xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296
      INTO state, signer, rev, claimed FROM report WHERE id = rid;
    IF NOT FOUND THEN
        -- No row: the report itself is being deleted (ON DELETE CASCADE), which its own guard allowed.
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF signer IS NOT NULL THEN
        RAISE EXCEPTION 'report is signed';
    ELSIF state IN ('submitted', 'approved') THEN
        RAISE EXCEPTION 'report is under review';
    END IF;
    IF NOT claimed THEN
        UPDATE report SET revision = revision + 1,
                          details_revision = CASE WHEN TG_TABLE_NAME = 'attachment' THEN revision + 1 ELSE details_revision END
         WHERE id = rid RETURNING revision INTO rev;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_TABLE_NAME IN ('cell', 'prose') THEN
        NEW.modified_by := session_user;
        NEW.revision := rev;
    END IF;
    RETURN NEW;
END
$$;
