-- Checks the foreign keys deferred by defer-constraints.sql, before the commit: a batch
-- that breaks one fails here and is split to find the filing at fault.
SET CONSTRAINTS ALL IMMEDIATE;
