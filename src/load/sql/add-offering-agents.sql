-- Adds the agents a document names that the program does not have yet, after the others.
-- $1 offering_id, $2 text[] of agent names in the order named.
INSERT INTO offering_agent (offering_id, agent_no, name)
SELECT $1, coalesce((SELECT max(agent_no) FROM offering_agent WHERE offering_id = $1), 0)
           + row_number() OVER (ORDER BY n.ord),
       n.name
FROM unnest($2::text[]) WITH ORDINALITY AS n(name, ord)
WHERE NOT EXISTS (SELECT 1 FROM offering_agent a WHERE a.offering_id = $1 AND a.name = n.name);
