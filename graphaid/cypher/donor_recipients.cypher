// Which counties and hospitals does a donor serve?
//
// The donor is the node with that name, or every donor LOCATED_IN the place with that name (up to three
// levels down, so a province, city or county name covers its hospitals and agencies). One row per donor,
// recipient, the recipient's county (null when it is not in a county) and way of helping, `via`:
// PAIRS_WITH, SENDS (an expert sent and POSTED_TO the recipient) or FOUNDED (a department PART_OF it), a
// two-step act counting when one article tells both steps (ACTS_OF_AID, defined in graphaid.schema.ACT_PATHS).
//
// The node is looked up in the names index graphaid load creates (exact name or alias), not by scanning.
//
// Parameters:
//   $donor (name): a donor's name or alias (hospital, agency or place), e.g. 黄平县第一医院 or 黄平县
CALL db.index.fulltext.queryNodes('graphaid_names', '"' + replace(replace($donor, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS x
WHERE x.name = $donor OR $donor IN x.aliases
MATCH (d)-[:LOCATED_IN*0..3]->(x)
WITH DISTINCT d
CALL (d) {
  ACTS_OF_AID
}
OPTIONAL MATCH (r)-[:LOCATED_IN*0..1]->(k:County)
RETURN DISTINCT d.name AS donor, labels(d)[0] AS donor_label, k.name AS county, r.name AS recipient,
       labels(r)[0] AS recipient_label, via
ORDER BY donor, donor_label, county, recipient, recipient_label, via
