// The pairing network around a hospital (or any node) within N hops.
//
// Every PAIRS_WITH relationship reachable from the node in at most $hops steps, following pairings in
// either direction; `distance` is the fewest steps that reach the relationship (1 for the node's own
// pairings): one more than the fewest steps from the node to the nearer end of the relationship. $hops is
// capped at 6.
//
// The node is looked up in the names index graphaid load creates (exact name or alias), not by scanning.
//
// Parameters:
//   $name (name): the node's name or alias, e.g. 天津市明德医院
//   $hops (int, default 2): how many pairing steps to follow, 1 to 6
CALL db.index.fulltext.queryNodes('graphaid_names', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS c
WHERE c.name = $name OR $name IN c.aliases
// one shortest path per node reached (a breadth-first search), not every path: bounded by the nodes within reach
MATCH p = SHORTEST 1 (c)-[:PAIRS_WITH]-{0,6}(n)
WITH n, min(length(p)) AS steps
WHERE steps < $hops AND steps < 6
MATCH (n)-[link:PAIRS_WITH]-()
WITH link, min(steps) + 1 AS distance
WITH startNode(link) AS donor, endNode(link) AS recipient, distance
RETURN donor.name AS donor, labels(donor)[0] AS donor_label, recipient.name AS recipient,
       labels(recipient)[0] AS recipient_label, distance
ORDER BY distance, donor, donor_label, recipient, recipient_label
