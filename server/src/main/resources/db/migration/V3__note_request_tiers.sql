-- Bridgewatch server schema, version 3: note-request visibility.
-- The requestor helpfulness tier (LOW, MEDIUM, HIGH) of the requester when the request was made,
-- so a post's feed eligibility is judged from the tiers its requesters had at the time.
ALTER TABLE note_requests ADD COLUMN requester_tier VARCHAR(8) NOT NULL DEFAULT 'LOW';
-- The feed asks for recently eligible posts.
CREATE INDEX ix_note_request_feeds_eligible ON note_request_feeds (note_request_feed_eligible_timestamp);
