-- Schema version 4: a cell an import could not read with certainty keeps why, until the clerk confirms or edits it.
ALTER TABLE cell ADD COLUMN doubt TEXT;
