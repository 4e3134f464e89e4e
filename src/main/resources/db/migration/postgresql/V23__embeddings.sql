-- Sentence vectors, computed once and kept: a paper's (key 'paper:' + base arXiv id) and each distinct
-- criterion text's (key 'text:' + SHA-256 of the text). The model is part of the key, so changing
-- models never compares vectors of two models. Only the column type differs between the databases.
CREATE TABLE embeddings (
    model   VARCHAR(100) NOT NULL,
    item    VARCHAR(80)  NOT NULL,
    vector  BYTEA NOT NULL,               -- float32 little-endian, unit length
    PRIMARY KEY (model, item)
);
