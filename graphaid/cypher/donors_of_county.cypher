// Which donors serve a county? The headline question, entity by entity.
//
// One row per county, donor (a hospital, agency or place), recipient in the county (the county itself or a
// hospital or agency LOCATED_IN it) and way of helping, `via`: PAIRS_WITH (the donor pairs with the
// recipient), SENDS (an expert the donor sent is POSTED_TO the recipient) or FOUNDED (a department the donor
// founded is PART_OF the recipient). A two-step act counts when one article tells both steps.
// ACTS_OF_AID stands for these ways of helping, defined once in graphaid.schema.ACT_PATHS.
//
// The county is read with the division table (a name, short form or name qualified by its city: 南京市鼓楼区) and
// found by its code; the patterns are written from the county outwards, so the walk starts at that one county.
//
// Parameters:
//   $county (place): the county's name, short form or name with its city, e.g. 台江县
MATCH (k:County {code: $county})
CALL (k) {
  ACTS_OF_AID FROM (k)<-[:LOCATED_IN*0..1]-(r)
}
RETURN k.name AS county, d.name AS donor, labels(d)[0] AS donor_label, r.name AS recipient,
       labels(r)[0] AS recipient_label, via
ORDER BY county, donor, donor_label, via, recipient, recipient_label
