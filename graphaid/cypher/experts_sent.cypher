// Which experts did a hospital send, and where were they posted?
//
// One row per expert the hospital SENDS and place or hospital the expert was POSTED_TO (null when the
// texts do not say). `sent_on` is the earliest date of the SENDS evidence.
//
// The node is looked up in the names index graphaid load creates (exact name or alias), not by scanning.
//
// Parameters:
//   $hospital (name): the sending hospital's name or alias, e.g. 黄平县第一医院
CALL db.index.fulltext.queryNodes('graphaid_names', '"' + replace(replace($hospital, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS h
WHERE h:Hospital AND (h.name = $hospital OR $hospital IN h.aliases)
MATCH (h)-[s:SENDS]->(x:Expert)
OPTIONAL MATCH (x)-[:POSTED_TO]->(r)
RETURN h.name AS hospital, x.name AS expert, r.name AS posted_to, labels(r)[0] AS posted_label,
       s.date AS sent_on
ORDER BY hospital, expert, posted_to, posted_label, sent_on
