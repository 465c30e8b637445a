-- SPDX-License-Identifier: GPL-2.0-or-later
-- Finding whom a --person or --issuer value names (find-persons.sql, find-issuers.sql)
-- looks for every given word among the words of each name ever filed under ("Caruso"
-- finds "CARUSO JAMES V"). Without an index that read every name: 89 ms of the 91 ms a
-- person-scoped report spent in the server on an archive of 1,000,000 filings (145,467
-- persons; EDGAR's owners are several times that). A name is added once, when first
-- filed under, so the import rarely touches these.
CREATE INDEX person_name_words ON person_name USING gin (string_to_array(name_key, ' '));
CREATE INDEX issuer_name_words ON issuer_name USING gin (string_to_array(name_key, ' '));
