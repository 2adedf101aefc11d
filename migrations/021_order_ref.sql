-- The number an order has in the tool it came from (快团团's 跟团号, 群接龙's 接龙号): residents know
-- their order by it, so the delivery sheets of an imported group-buy print it. Several numbers of
-- one household (it ordered twice) are kept together, "3、17". Chat orders leave it empty: their
-- number is their line in the chain (commands/groupbuy/sheets.ts).
ALTER TABLE groupbuy_orders ADD COLUMN ref TEXT;
