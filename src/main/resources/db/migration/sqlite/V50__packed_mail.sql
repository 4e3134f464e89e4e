-- A mail is stored packed (store.MailPacking): the lines many readers' issues of a day share (a paper's
-- abstract, authors, links) once per run in mail_pages, each issue's own lines and its references to
-- those in issues.body, deflated. html and body_text stay empty for a packed issue; rows stored before
-- keep their text there.
CREATE TABLE mail_pages (
    id       INTEGER     PRIMARY KEY AUTOINCREMENT,
    day      VARCHAR(10) NOT NULL,                    -- the issue date of the issues that refer to it
    body     BLOB        NOT NULL                     -- the lines joined by newlines, deflated
);
CREATE INDEX mail_pages_by_day ON mail_pages (day);
ALTER TABLE issues ADD COLUMN body BLOB;
CREATE INDEX issues_by_date ON issues (issue_date);
