-- $1: text[] of SHA-256 hex digests. Returns the stored (file, document) pairs among them.
SELECT encode(source_sha256, 'hex'), source_document
FROM filing
WHERE source_sha256 IN (SELECT decode(h, 'hex') FROM unnest($1::text[]) AS h);
