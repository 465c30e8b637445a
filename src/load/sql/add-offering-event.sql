-- $1 filing_id, $2 event_no, $3 offering_id, $4 type, $5 date, $6 shares sold,
-- $7 gross proceeds, $8 net proceeds, $9 new capacity.
INSERT INTO offering_event (filing_id, event_no, offering_id, event_type, event_date,
                            shares_sold, gross_proceeds, net_proceeds, new_capacity)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9);
