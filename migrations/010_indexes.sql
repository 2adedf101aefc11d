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
