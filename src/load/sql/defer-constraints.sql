-- Foreign keys that can wait are checked once per batch, after every table is written
-- (check-constraints.sql), so that their cost shows as a phase of its own in the loader's
-- profile. Constraints declared NOT DEFERRABLE are still checked by each statement.
SET CONSTRAINTS ALL DEFERRED;
