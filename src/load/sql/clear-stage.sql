-- Empties the identity staging tables within a transaction: after a part of a batch was
-- stored (under a savepoint), the next part stages and settles its own issuers and persons.
DELETE FROM stage_issuer;
DELETE FROM stage_person;
DELETE FROM stage_issuer_move;
DELETE FROM stage_person_move;
DELETE FROM stage_new_name;
DELETE FROM stage_new_person_issuer;
DELETE FROM stage_recount;
