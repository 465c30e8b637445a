-- SPDX-License-Identifier: GPL-2.0-or-later
-- ATM programs as real supplements describe them: a form type the document does not
-- state, agents added or replaced by an amendment or a joinder, and the amendments of an
-- agreement (an amended and restated agreement stays the same program).

-- A supplement outside a submission that has no "Rule 424(b)(N)" line states no form
-- type: it is stored as unknown rather than guessed.
ALTER TABLE filing ALTER COLUMN form_type DROP NOT NULL;
COMMENT ON COLUMN filing.form_type IS 'Form type as filed, e.g. 4, 4/A, 424B5; null when the document does not state it (a supplement without a "Rule 424(b)" line, outside a submission).';

ALTER TABLE offering_event DROP CONSTRAINT offering_event_event_type_check;
ALTER TABLE offering_event ADD CONSTRAINT offering_event_event_type_check
    CHECK (event_type IN ('established', 'capacity_changed', 'sales_update', 'suspended', 'resumed',
                          'terminated', 'agents_changed'));
ALTER TABLE offering_event ADD COLUMN agents text[]
    CHECK (agents IS NULL OR event_type = 'agents_changed');
ALTER TABLE offering_event ADD COLUMN agents_removed text[]
    CHECK (agents_removed IS NULL OR event_type = 'agents_changed');
COMMENT ON COLUMN offering_event.event_type IS 'established, capacity_changed, sales_update, suspended, resumed, terminated or agents_changed.';
COMMENT ON COLUMN offering_event.event_date IS 'The day it takes effect (a termination "effective on" a later day than its notice is dated by that day); for sales_update the as-of date.';
COMMENT ON COLUMN offering_event.agents IS 'agents_changed: the full names of the agents in force after the change (an amendment or joinder that adds, replaces or removes agents), as far as the supplement names them; offering_agent keeps every agent ever named.';
COMMENT ON COLUMN offering_event.agents_removed IS 'agents_changed: the agents the supplement says are no longer agents. The current agents are those ever named less those removed.';
COMMENT ON COLUMN offering_event.offering_id IS 'The program. A supplement that ends one agreement as it starts another files the events of the earlier agreement (its termination, its final sales) under that program.';

CREATE TABLE offering_amendment (
    offering_id     bigint NOT NULL REFERENCES offering ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('amendment', 'amended_and_restated')),
    amendment_date  date NOT NULL,
    -- Checked at commit: the loader records amendments before it copies the filing rows.
    first_filing_id bigint REFERENCES filing ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (offering_id, kind, amendment_date)
);
COMMENT ON TABLE offering_amendment IS 'Amendments of an ATM program''s agreement ("Amendment No. 1 to the Sales Agreement", "Amended and Restated Equity Distribution Agreement"). A restated agreement is the same program; offering.agreement_date stays the original agreement''s date when a supplement names it.';
COMMENT ON COLUMN offering_amendment.offering_id IS 'The program.';
COMMENT ON COLUMN offering_amendment.kind IS 'amendment, or amended_and_restated (the agreement restated as a whole).';
COMMENT ON COLUMN offering_amendment.amendment_date IS 'Date of the amendment or of the amended and restated agreement.';
COMMENT ON COLUMN offering_amendment.first_filing_id IS 'The first filing in the archive that named the amendment.';

COMMENT ON COLUMN offering.agreement_date IS 'Date of the original agreement (amendments and restatements are in offering_amendment); the restated agreement''s date when no supplement names the original.';
COMMENT ON COLUMN offering.agreement_type IS 'The agreement as named, in its fullest form, e.g. At-The-Market Issuance Sales Agreement, Equity Distribution Agreement.';
COMMENT ON TABLE offering_agent IS 'Every sales agent an ATM program''s supplements named, by full name; agents_changed events say which were added or removed by an amendment or joinder.';
