-- Group-buys (团购): registration before launch, approval, 接龙 chains, orders per household,
-- delivery per building, imports from 快团团 / 群接龙. Money in integer fen; times epoch ms.

CREATE TABLE groupbuys (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES communities(id),
  leader_member_id INTEGER REFERENCES members(id),
  title TEXT NOT NULL,
  supplier TEXT NOT NULL DEFAULT '',
  household_limit INTEGER,          -- most portions one household may order; NULL = no limit
  deadline_at INTEGER NOT NULL,
  delivery_date TEXT,               -- "2026-04-21", local
  -- draft (documents missing) | pending (waits for the secretary) | approved | rejected | open | closed
  status TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT 'chain',   -- chain | import
  reject_reason TEXT,
  approved_by INTEGER REFERENCES members(id),
  approved_at INTEGER,
  launched_at INTEGER,
  closed_at INTEGER,
  chain_version INTEGER NOT NULL DEFAULT 0,   -- bumps with every order change
  posted_version INTEGER NOT NULL DEFAULT 0,  -- the version last posted as the canonical chain
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX groupbuys_by_community ON groupbuys (community_id, status);

CREATE TABLE groupbuy_items (
  groupbuy_id INTEGER NOT NULL REFERENCES groupbuys(id),
  code TEXT NOT NULL,               -- "A", "B"; for imports the product name
  name TEXT NOT NULL,
  contents TEXT NOT NULL DEFAULT '',
  price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
  position INTEGER NOT NULL,
  PRIMARY KEY (groupbuy_id, code)
);

-- Every change to a group-buy, in order: registered, submitted, approved, rejected, price, launched, closed.
CREATE TABLE groupbuy_history (
  id INTEGER PRIMARY KEY,
  groupbuy_id INTEGER NOT NULL REFERENCES groupbuys(id),
  at INTEGER NOT NULL,
  actor_member_id INTEGER REFERENCES members(id),
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX groupbuy_history_by_groupbuy ON groupbuy_history (groupbuy_id, id);

-- The documents the community requires before launch: declared numbers and dates, or attached files.
CREATE TABLE groupbuy_documents (
  id INTEGER PRIMARY KEY,
  groupbuy_id INTEGER NOT NULL REFERENCES groupbuys(id),
  kind TEXT NOT NULL,               -- supplier_cert | traffic_pass | staff_test | driver_test
  declared TEXT,                    -- the number, or the test date as written
  taken_at INTEGER,                 -- for tests: when it was taken
  file_name TEXT,
  file_data BLOB,
  created_at INTEGER NOT NULL
);
CREATE INDEX groupbuy_documents_by_groupbuy ON groupbuy_documents (groupbuy_id, kind);

-- The groups a group-buy was launched into.
CREATE TABLE groupbuy_chats (
  groupbuy_id INTEGER NOT NULL REFERENCES groupbuys(id),
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  launched_at INTEGER NOT NULL,
  PRIMARY KEY (groupbuy_id, platform, chat_id)
);

-- One order per household (door) per group-buy. Ordering again updates it.
CREATE TABLE groupbuy_orders (
  id INTEGER PRIMARY KEY,
  groupbuy_id INTEGER NOT NULL REFERENCES groupbuys(id),
  door TEXT NOT NULL,               -- canonical door key "5-302"
  building TEXT NOT NULL,           -- building key "5", "B区5"
  placed_by INTEGER REFERENCES members(id),
  name TEXT,                        -- the name written on the line or in the export (收货人)
  phone TEXT,                       -- from an export only; shown masked
  status TEXT NOT NULL DEFAULT 'active',   -- active | cancelled
  position INTEGER NOT NULL,        -- order in the chain
  paid_at INTEGER,
  delivered_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (groupbuy_id, door)
);
CREATE INDEX groupbuy_orders_by_placer ON groupbuy_orders (placed_by);

CREATE TABLE groupbuy_order_items (
  order_id INTEGER NOT NULL REFERENCES groupbuy_orders(id),
  code TEXT NOT NULL,
  qty INTEGER NOT NULL CHECK (qty > 0),
  PRIMARY KEY (order_id, code)
);

-- Every order line the bot has recorded ("5-302|B2"), so a copied or reformatted old line changes nothing.
CREATE TABLE groupbuy_seen_lines (
  groupbuy_id INTEGER NOT NULL REFERENCES groupbuys(id),
  signature TEXT NOT NULL,
  PRIMARY KEY (groupbuy_id, signature)
) WITHOUT ROWID;
