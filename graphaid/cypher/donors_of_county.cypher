// Which donors serve a county? The headline question.
//
// One row per county, donor (a hospital, agency or place), recipient in the county (the county itself or a
// hospital or agency LOCATED_IN it) and way of helping, `via`: PAIRS_WITH (the donor pairs with the
// recipient), SENDS (an expert the donor sent is POSTED_TO the recipient) or FOUNDED (a department the donor
// founded is PART_OF the recipient).
//
// The patterns are written from the county outwards, so the walk starts at the one county found.
//
// The node is looked up in the names index graphaid load creates (exact name or alias), not by scanning.
//
// Parameters:
//   $county (string): the county's name or one of its aliases, e.g. 晴隆县
CALL db.index.fulltext.queryNodes('graphaid_names', '"' + replace(replace($county, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS k
WHERE k:County AND (k.name = $county OR $county IN k.aliases)
CALL (k) {
  MATCH (k)<-[:LOCATED_IN*0..1]-(r)<-[:PAIRS_WITH]-(d)
  RETURN d, r, 'PAIRS_WITH' AS via
  UNION
  MATCH (k)<-[:LOCATED_IN*0..1]-(r)<-[:POSTED_TO]-(:Expert)<-[:SENDS]-(d)
  RETURN d, r, 'SENDS' AS via
  UNION
  MATCH (k)<-[:LOCATED_IN*0..1]-(r)<-[:PART_OF]-(:Department)<-[:FOUNDED]-(d)
  RETURN d, r, 'FOUNDED' AS via
}
RETURN k.name AS county, d.name AS donor, labels(d)[0] AS donor_label, r.name AS recipient,
       labels(r)[0] AS recipient_label, via
ORDER BY county, donor, donor_label, via, recipient, recipient_label
