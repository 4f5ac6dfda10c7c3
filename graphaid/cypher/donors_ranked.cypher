// Donors ranked by the counties, hospitals and experts they serve with.
//
// For every donor (a node that PAIRS_WITH something, sent an expert POSTED_TO somewhere, or founded a
// department PART_OF something, as ACTS_OF_AID reads them: graphaid.schema.ACT_PATHS): `counties` served (recipients that are counties or are LOCATED_IN one),
// `hospitals` served (recipients that are hospitals) and `experts` sent. Most counties first, then most
// hospitals, then most experts.
//
// Parameters:
//   $limit (int, default 20): how many donors to list
CALL () {
  ACTS_OF_AID
}
OPTIONAL MATCH (r)-[:LOCATED_IN*0..1]->(k:County)
WITH d, collect(DISTINCT k) AS county_nodes, collect(DISTINCT CASE WHEN r:Hospital THEN r END) AS hospital_nodes
OPTIONAL MATCH (d)-[:SENDS]->(x:Expert)
WITH d, size(county_nodes) AS counties, size(hospital_nodes) AS hospitals, count(DISTINCT x) AS experts
RETURN d.name AS donor, labels(d)[0] AS donor_label, counties, hospitals, experts
ORDER BY counties DESC, hospitals DESC, experts DESC, donor, donor_label
LIMIT $limit
