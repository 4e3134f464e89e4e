-- When the reader last changed their name or interests in the preference centre, if they did after the
-- last import of their profile file (null: not since). `subscribers import` leaves such a profile alone unless told
-- --overwrite, so an import run again never silently undoes the reader's own edit.
ALTER TABLE subscribers ADD COLUMN web_edited_at VARCHAR(40);
