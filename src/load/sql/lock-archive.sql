-- Serializes the write phase of concurrent importers for the rest of the transaction, so
-- that two imports over the same files store each filing once. Parsing stays parallel.
SELECT pg_advisory_xact_lock(7283515601);
