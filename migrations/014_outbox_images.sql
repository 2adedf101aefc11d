-- A picture beside a message's text and file: a card to draw as PNG when it is sent (the daily
-- bulletin in large type): {"name":..,"lang":..,"title":..,"sections":[..]} (src/kernel/types.ts CardSpec).
ALTER TABLE outbox ADD COLUMN image_json TEXT;
