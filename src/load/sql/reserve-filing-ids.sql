-- $1: how many. Reserves filing ids for a batch in one round trip, so that its rows can be
-- written with COPY straight into the final tables.
SELECT nextval(pg_get_serial_sequence('filing', 'filing_id'))
FROM generate_series(1, $1::integer);
