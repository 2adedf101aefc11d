-- Who in the household volunteers when it is not the member who signed up: a resident passing on
-- the offer of a spouse or a parent who has no chat of their own (「我家老伴也想当志愿者」). Kept as
-- written (老伴, wife); the member stays the contact who claims tasks and hears of them.
ALTER TABLE volunteers ADD COLUMN person TEXT;
