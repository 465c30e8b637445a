-- Empties the identity staging tables within a transaction, before each part of a batch
-- (stored or refused under its savepoint) after the first. TRUNCATE rather than DELETE:
-- nothing is vacuumed inside the transaction, so deleted and rolled-back rows would stay
-- in the tables and make every later part of a refused batch slower than the one before.
TRUNCATE stage_issuer, stage_person, stage_issuer_move, stage_person_move, stage_new_name,
    stage_new_person_issuer, stage_recount;
