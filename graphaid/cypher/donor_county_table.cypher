// The whole donor -> county table: which donor places serve which counties.
//
// One row per donor place and county served. A donor's place is the donor itself when it is a place,
// else the place it is LOCATED_IN. A county is served when the donor pairs with it or with a hospital or
// agency in it, sent an expert POSTED_TO it, or founded a department PART_OF a hospital in it.
// `donors` lists the donors' names; `links` counts the acts of aid behind the row.
//
// Parameters: none
CALL () {
  MATCH (d)-[:PAIRS_WITH]->(r)
  RETURN d, r, 'PAIRS_WITH' AS via
  UNION
  MATCH (d)-[:SENDS]->(:Expert)-[:POSTED_TO]->(r)
  RETURN d, r, 'SENDS' AS via
  UNION
  MATCH (d)-[:FOUNDED]->(:Department)-[:PART_OF]->(r)
  RETURN d, r, 'FOUNDED' AS via
}
MATCH (r)-[:LOCATED_IN*0..1]->(k:County)
OPTIONAL MATCH (d)-[:LOCATED_IN]->(home)
WHERE NOT (d:Province OR d:City OR d:County)
WITH k, d, CASE WHEN d:Province OR d:City OR d:County THEN d ELSE home END AS place
WITH k, place, d
ORDER BY d.name
RETURN place.name AS donor_place, place.code AS donor_code, k.name AS county, k.code AS county_code,
       collect(DISTINCT d.name) AS donors, count(*) AS links
ORDER BY county_code, county, donor_code, donor_place, links
