-- A program seen for the first time. $1 issuer_id, $2 agreement type, $3 agreement date,
-- $4 maximum aggregate offering price, $5 commission rate, $6 filing_id.
INSERT INTO offering (issuer_id, agreement_type, agreement_date, max_aggregate_offering_price,
                      commission_rate, first_filing_id)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING offering_id;
