// The evidence behind one relationship: the sentences it was read from.
//
// One row per evidence record of the $type relationship from $source to $target: document, character
// offsets into the document (`char_start`, `char_end`), date (null when unknown) and the sentence.
//
// The node is looked up in the names index graphaid load creates (exact name or alias), not by scanning.
//
// Parameters:
//   $source (name): the source node's name or alias, e.g. 天津市明德医院
//   $type (string): the relationship type: PAIRS_WITH, SENDS, POSTED_TO, FOUNDED, PART_OF or LOCATED_IN
//   $target (name): the target node's name or alias, e.g. 贵州省黔东南州黄平县人民医院
CALL db.index.fulltext.queryNodes('graphaid_names', '"' + replace(replace($source, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS a
WHERE a.name = $source OR $source IN a.aliases
MATCH (a)-[r]->(b)
WHERE type(r) = $type AND (b.name = $target OR $target IN b.aliases)
UNWIND range(0, size(r.evidence_docs) - 1) AS i
RETURN a.name AS source, type(r) AS type, b.name AS target, r.evidence_docs[i] AS doc,
       r.evidence_starts[i] AS char_start, r.evidence_ends[i] AS char_end,
       CASE r.evidence_dates[i] WHEN '' THEN null ELSE r.evidence_dates[i] END AS date,
       r.evidence_sentences[i] AS sentence
ORDER BY source, target, doc, char_start, char_end, date, sentence
