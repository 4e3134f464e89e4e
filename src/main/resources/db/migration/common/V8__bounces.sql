-- Inbound messages already handled (never twice), and the bounces and complaints they reported.
CREATE TABLE inbound_messages (
    message_id   VARCHAR(400) PRIMARY KEY,
    processed_at VARCHAR(40)  NOT NULL
);

CREATE TABLE bounces (
    message_id VARCHAR(400) NOT NULL,
    address    VARCHAR(320) NOT NULL,                 -- lower-case
    kind       VARCHAR(16)  NOT NULL,                 -- HARD | SOFT | COMPLAINT
    status     VARCHAR(16)  NOT NULL,
    created_at VARCHAR(40)  NOT NULL,
    PRIMARY KEY (message_id, address)
);
CREATE INDEX bounces_by_address ON bounces (address, kind);
