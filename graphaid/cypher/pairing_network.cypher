// The pairing network around a hospital (or any node) within N hops.
//
// Every PAIRS_WITH relationship reachable from the node in at most $hops steps, following pairings in
// either direction; `distance` is the fewest steps that reach the relationship (1 for the node's own
// pairings). $hops is capped at 6.
//
// Parameters:
//   $name (string): the node's name or alias, e.g. 天津市北辰医院
//   $hops (int, default 2): how many pairing steps to follow, 1 to 6
MATCH (c)
WHERE c.name = $name OR $name IN c.aliases
MATCH p = (c)-[:PAIRS_WITH*1..6]-()
WHERE length(p) <= $hops
WITH last(relationships(p)) AS link, length(p) AS steps
WITH startNode(link) AS donor, endNode(link) AS recipient, min(steps) AS distance
RETURN donor.name AS donor, labels(donor)[0] AS donor_label, recipient.name AS recipient,
       labels(recipient)[0] AS recipient_label, distance
ORDER BY distance, donor, donor_label, recipient, recipient_label
