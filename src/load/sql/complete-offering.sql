-- Fills in what earlier documents of a program did not say. $1 offering_id, $2 agreement
-- type, $3 agreement date, $4 maximum aggregate offering price, $5 commission rate.
UPDATE offering
SET agreement_type = coalesce(agreement_type, $2),
    agreement_date = coalesce(agreement_date, $3::date),
    max_aggregate_offering_price = coalesce(max_aggregate_offering_price, $4::numeric),
    commission_rate = coalesce(commission_rate, $5::numeric)
WHERE offering_id = $1;
