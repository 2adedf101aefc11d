-- A price changed after approval applies to new orders only: each ordered item keeps the price it
-- was ordered at (commands/groupbuy/store/orders.ts), and the totals and sheets say which price
-- each order carries. Orders placed before this migration carry the item's price of now.
ALTER TABLE groupbuy_order_items ADD COLUMN price_fen INTEGER;
UPDATE groupbuy_order_items SET price_fen = (
  SELECT i.price_fen FROM groupbuy_orders o JOIN groupbuy_items i ON i.groupbuy_id = o.groupbuy_id AND i.code = groupbuy_order_items.code
  WHERE o.id = groupbuy_order_items.order_id
);
