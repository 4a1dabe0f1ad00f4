-- Schema version 9, an incoming item's link history (issue 16): a coordinator who linked an
-- item to the wrong case moves it to another case or unlinks it, stating why; every link,
-- relink and unlink the coordinator makes is kept here (which item, from which case, to which
-- case, why, who, when) and shown with the item. Released schemas are frozen: change them only
-- through a new migration version.
--
-- A row goes with its item (ON DELETE CASCADE: the item's case's retention, or the retention
-- of an item without a case). The case numbers are plain numbers, not references: the history
-- says which case the item was in even after retention deleted that case, as the audit log
-- does. A first link (from no case) may be made without a reason; a relink or an unlink
-- needs one.
CREATE TABLE incoming_item_links (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES incoming_items (id) ON DELETE CASCADE,
    from_case_id INTEGER CHECK (from_case_id > 0),
    to_case_id   INTEGER CHECK (to_case_id > 0),
    reason       TEXT NOT NULL DEFAULT '' CHECK (
                     from_case_id IS NULL OR length(trim(reason)) > 0),
    changed_by   TEXT NOT NULL,
    changed_at   TEXT NOT NULL CHECK (
                     changed_at GLOB '*+00:00' AND length(changed_at) = 32
                     AND strftime('%Y-%m-%dT%H:%M:%S', changed_at)
                         IS substr(changed_at, 1, 19)),
    CHECK (from_case_id IS NOT NULL OR to_case_id IS NOT NULL),
    CHECK (from_case_id IS NOT to_case_id)
) STRICT;
CREATE INDEX incoming_item_links_item ON incoming_item_links (item_id, id);
