// Which donors serve a county? The headline question.
//
// One row per county, donor (a hospital, agency or place), recipient in the county (the county itself or a
// hospital or agency LOCATED_IN it) and way of helping, `via`: PAIRS_WITH (the donor pairs with the
// recipient), SENDS (an expert the donor sent is POSTED_TO the recipient) or FOUNDED (a department the donor
// founded is PART_OF the recipient).
//
// Parameters:
//   $county (string): the county's name or one of its aliases, e.g. 晴隆县
MATCH (k:County)
WHERE k.name = $county OR $county IN k.aliases
CALL {
  WITH k
  MATCH (d)-[:PAIRS_WITH]->(r)-[:LOCATED_IN*0..1]->(k)
  RETURN d, r, 'PAIRS_WITH' AS via
  UNION
  WITH k
  MATCH (d)-[:SENDS]->(:Expert)-[:POSTED_TO]->(r)-[:LOCATED_IN*0..1]->(k)
  RETURN d, r, 'SENDS' AS via
  UNION
  WITH k
  MATCH (d)-[:FOUNDED]->(:Department)-[:PART_OF]->(r)-[:LOCATED_IN*0..1]->(k)
  RETURN d, r, 'FOUNDED' AS via
}
RETURN k.name AS county, d.name AS donor, labels(d)[0] AS donor_label, r.name AS recipient,
       labels(r)[0] AS recipient_label, via
ORDER BY county, donor, donor_label, via, recipient, recipient_label
