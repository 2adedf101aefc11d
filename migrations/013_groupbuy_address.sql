-- Where the supplier delivers a group-buy ("送货地址: 阳光二期北门"), printed on the supplier's
-- summary beside the delivery date. Optional: the summary names the community when it is not given.
ALTER TABLE groupbuys ADD COLUMN delivery_address TEXT;
