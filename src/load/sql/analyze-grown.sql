-- Analyzes the archive's tables where they have doubled since their statistics were taken
-- (a first import outgrows them between two passes of autovacuum): with statistics that
-- say a table of 100,000 rows holds 1,000, the planner hashes the wrong side of a join and
-- a batch takes seconds instead of milliseconds. Doubling keeps the work logarithmic: about
-- ten passes per table from 1,000 to 1,000,000 rows.
-- Run once per batch, right after the archive lock and before any savepoint: every
-- statement of the batch plans with the new statistics, and a part refused later does not
-- roll the ANALYZE back.
DO $$
DECLARE
    grown regclass;
BEGIN
    FOR grown IN
        SELECT s.relid FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
        WHERE s.schemaname = current_schema()
          AND s.relname IN ('filing', 'filing_owner', 'issuer', 'issuer_name', 'issuer_ticker',
                            'person', 'person_name', 'person_issuer')
          AND s.n_mod_since_analyze > greatest(c.reltuples, 1000)
    LOOP
        EXECUTE format('ANALYZE %s', grown);
    END LOOP;
END
$$;
