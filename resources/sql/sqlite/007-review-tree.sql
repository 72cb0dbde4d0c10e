-- Schema version 7: an office's review and roll-up (汇总). Agencies form a tree (省 → 市 → 县/区 → 部门). A report
-- moves 草稿 (draft) → 待审核 (submitted) → 退回 (returned, with the reviewer's reason) or 审核通过 (approved), and
-- then 已签发 (signed_by); every step is kept in signoff_event with who, when and why: one history per report.
ALTER TABLE agency ADD COLUMN parent_id INTEGER REFERENCES agency (id) ON DELETE SET NULL;
ALTER TABLE report ADD COLUMN review_state TEXT NOT NULL DEFAULT 'draft';
UPDATE report SET review_state = 'approved' WHERE signed_by IS NOT NULL;
