-- One tap instead of a syntax (issue 16).
--
-- Buttons under a post (Telegram's inline keyboard), as JSON rows of {label, reply}: each is a
-- reply the person need not type. Platforms without buttons show the post alone.
ALTER TABLE outbox ADD COLUMN buttons_json TEXT;
-- This row changes the post another row made (its text and buttons: a task shows its owner),
-- paced like a message, on the platforms that can edit; elsewhere it is done without a send.
ALTER TABLE outbox ADD COLUMN edits INTEGER REFERENCES outbox(id);
-- This row answers a tap on a button to the person who tapped (a toast), not a message. All rows
-- of one tap go as one answer.
ALTER TABLE outbox ADD COLUMN tap_id TEXT;
CREATE INDEX outbox_taps ON outbox (tap_id) WHERE tap_id IS NOT NULL AND status = 'pending';
-- Where a private message goes when the person cannot be written to privately (never started
-- the bot, blocked it, not a contact): a group post without the private detail, @-mentioning
-- them, with a link to continue privately. JSON {platform, chatId, text, mentions}.
ALTER TABLE outbox ADD COLUMN fallback_json TEXT;

-- The groups a person wrote in, newest first (where to reach someone who cannot be written to
-- privately; where a household hears its delivery).
CREATE INDEX incoming_by_member ON incoming_messages (member_id);
