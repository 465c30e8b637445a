-- Empties the identity staging tables within a transaction: after a part of a batch was
-- stored (under a savepoint), the next part stages its own issuers and persons.
DELETE FROM stage_issuer;
DELETE FROM stage_person;
