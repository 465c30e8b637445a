-- $1: how many. Reserves a block of filing ids for a batch, so that its rows can be written
-- with COPY straight into the final tables. Batch writes hold the archive's advisory lock
-- (lock-archive.sql), so no other loader takes ids between the two calls. Returns the first.
SELECT setval(pg_get_serial_sequence('filing', 'filing_id'), first + $1::bigint - 1) - $1::bigint + 1
FROM (SELECT nextval(pg_get_serial_sequence('filing', 'filing_id')) AS first) AS block;
