-- Bridgewatch server schema, version 3: what the web pages show of the model's view.
-- Numbered 3 so the scoring write-back's V2 cannot clash with it. Both are written by scoring
-- runs; NULL means "not scored yet".

-- The core model's rater factor: where a rater sits on the viewpoint axis (the notes' plot).
ALTER TABLE contributors ADD COLUMN core_rater_factor DOUBLE PRECISION;

-- The latest score of each note from the model that decided its status: intercept (helpfulness
-- across viewpoints) and factor (the note's own place on the viewpoint axis).
CREATE TABLE note_score_summary (
    note_id            BIGINT        NOT NULL PRIMARY KEY REFERENCES notes (note_id),
    intercept          DOUBLE PRECISION,
    factor             DOUBLE PRECISION,
    decided_by         VARCHAR(100),
    scored_at_millis   BIGINT        NOT NULL
);
