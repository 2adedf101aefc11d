-- Indexes found missing by the street-scale benchmark (bench/, docs/performance.md).
-- Each replaces a scan over every order, request or group-buy of a community with a seek.

-- The next position in a chain (MAX(position)) and ordersOf's ORDER BY position: was a scan of
-- every order of the group-buy for each new order.
CREATE INDEX groupbuy_orders_by_position ON groupbuy_orders (groupbuy_id, position);

-- Portions so far, in every chain acknowledgement, and the bulletin's deliveries per building:
-- answered from the indexes alone, without reading each order and each item row.
CREATE INDEX groupbuy_orders_active ON groupbuy_orders (groupbuy_id, status, building);
CREATE INDEX groupbuy_order_items_qty ON groupbuy_order_items (order_id, qty);

-- The bulletin: group-buys delivering on a day.
CREATE INDEX groupbuys_by_delivery ON groupbuys (community_id, delivery_date);

-- The bulletin's medicine line: requests received and delivered on a day.
CREATE INDEX medicine_requests_by_day ON medicine_requests (community_id, created_at);
CREATE INDEX medicine_requests_delivered ON medicine_requests (community_id, status, delivered_at);

-- Portions so far, kept by triggers, so a chain acknowledgement ("本团共N份") reads one row instead
-- of summing every item of every order (6 ms a message at 5,000 orders). Every write path is
-- covered: items added, removed or changed, and an order cancelled or re-activated.
CREATE TABLE groupbuy_portions (
  groupbuy_id INTEGER PRIMARY KEY REFERENCES groupbuys(id),
  portions INTEGER NOT NULL
);
INSERT INTO groupbuy_portions (groupbuy_id, portions)
  SELECT o.groupbuy_id, SUM(i.qty) FROM groupbuy_order_items i JOIN groupbuy_orders o ON o.id = i.order_id
  WHERE o.status = 'active' GROUP BY o.groupbuy_id;

CREATE TRIGGER groupbuy_portions_item_added AFTER INSERT ON groupbuy_order_items
BEGIN
  INSERT INTO groupbuy_portions (groupbuy_id, portions)
    SELECT o.groupbuy_id, NEW.qty FROM groupbuy_orders o WHERE o.id = NEW.order_id AND o.status = 'active'
    ON CONFLICT (groupbuy_id) DO UPDATE SET portions = portions + excluded.portions;
END;
CREATE TRIGGER groupbuy_portions_item_removed AFTER DELETE ON groupbuy_order_items
BEGIN
  UPDATE groupbuy_portions SET portions = portions - OLD.qty
  WHERE groupbuy_id = (SELECT groupbuy_id FROM groupbuy_orders WHERE id = OLD.order_id AND status = 'active');
END;
CREATE TRIGGER groupbuy_portions_item_changed AFTER UPDATE OF qty, order_id ON groupbuy_order_items
BEGIN
  UPDATE groupbuy_portions SET portions = portions - OLD.qty
  WHERE groupbuy_id = (SELECT groupbuy_id FROM groupbuy_orders WHERE id = OLD.order_id AND status = 'active');
  INSERT INTO groupbuy_portions (groupbuy_id, portions)
    SELECT o.groupbuy_id, NEW.qty FROM groupbuy_orders o WHERE o.id = NEW.order_id AND o.status = 'active'
    ON CONFLICT (groupbuy_id) DO UPDATE SET portions = portions + excluded.portions;
END;
CREATE TRIGGER groupbuy_portions_order_status AFTER UPDATE OF status, groupbuy_id ON groupbuy_orders
WHEN OLD.status IS NOT NEW.status OR OLD.groupbuy_id IS NOT NEW.groupbuy_id
BEGIN
  UPDATE groupbuy_portions SET portions = portions - (SELECT COALESCE(SUM(qty), 0) FROM groupbuy_order_items WHERE order_id = OLD.id)
  WHERE OLD.status = 'active' AND groupbuy_id = OLD.groupbuy_id;
  INSERT INTO groupbuy_portions (groupbuy_id, portions)
    SELECT NEW.groupbuy_id, (SELECT COALESCE(SUM(qty), 0) FROM groupbuy_order_items WHERE order_id = NEW.id) WHERE NEW.status = 'active'
    ON CONFLICT (groupbuy_id) DO UPDATE SET portions = portions + excluded.portions;
END;
