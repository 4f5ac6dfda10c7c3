// Which departments were founded at a hospital or in a county, and by whom?
//
// Departments PART_OF the hospital with that name, or of any hospital LOCATED_IN the place with that name
// (up to three levels down). One row per department and founder (null when the texts name none);
// `date` is the earliest date of the FOUNDED evidence.
//
// The node is looked up in the names index graphaid load creates (exact name or alias), not by scanning.
//
// Parameters:
//   $place (name): a hospital's or a place's name or alias, e.g. 黄平县 or 贵州省黄平县人民医院
CALL db.index.fulltext.queryNodes('graphaid_names', '"' + replace(replace($place, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS x
WHERE x.name = $place OR $place IN x.aliases
MATCH (x)<-[:LOCATED_IN*0..3]-(h)<-[:PART_OF]-(dep:Department)
WITH DISTINCT dep, h
OPTIONAL MATCH (f)-[e:FOUNDED]->(dep)
RETURN h.name AS hospital, dep.name AS department, f.name AS founder, labels(f)[0] AS founder_label,
       e.date AS date
ORDER BY hospital, department, founder, founder_label, date
