-- Bridgewatch server schema, version 2: what scoring runs write back besides the status history,
-- and what a run records so that anyone can reproduce it.

-- Per note, the latest successful run's scores: the core model's intercept and factor, the rule
-- that decided the status and the two explanation tags (rating tag column names).
CREATE TABLE note_scores (
    note_id          BIGINT       NOT NULL PRIMARY KEY REFERENCES notes (note_id),
    scoring_run_id   BIGINT       NOT NULL REFERENCES scoring_runs (id),
    final_status     VARCHAR(40)  NOT NULL,
    core_intercept   DOUBLE PRECISION,
    core_factor      DOUBLE PRECISION,
    decided_by       VARCHAR(100),
    first_tag        VARCHAR(60),
    second_tag       VARCHAR(60),
    active_rules     VARCHAR(1000)
);

-- The core model's rater parameters of each contributor, from the latest successful run.
ALTER TABLE contributors ADD COLUMN core_rater_intercept DOUBLE PRECISION;
ALTER TABLE contributors ADD COLUMN core_rater_factor DOUBLE PRECISION;

-- Reproducibility: the run's "now" (--epoch-millis), seed, and the snapshot's row cutoff.
ALTER TABLE scoring_runs ADD COLUMN epoch_millis BIGINT;
ALTER TABLE scoring_runs ADD COLUMN seed BIGINT;
ALTER TABLE scoring_runs ADD COLUMN snapshot_cutoff_millis BIGINT;
ALTER TABLE scoring_runs ADD COLUMN input_note_requests BIGINT;
