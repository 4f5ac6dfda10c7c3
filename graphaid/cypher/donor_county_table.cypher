// The donor -> recipient table: which donor regions serve which regions, at the finest level the texts state.
//
// The same table as `graphaid donors`, on either store. This file returns every act of aid with the evidence
// of each step (ACTS_OF_AID, defined once in graphaid.schema.ACT_PATHS: a pairing; an expert sent and POSTED_TO
// the recipient; a department founded PART_OF it, both steps told by one article); graphaid makes the table
// from them (graphaid.questions.donor_table): each act stands for its donor's and recipient's divisions, counts
// once per article telling it (`evidence`), and a whole government keeps its row beside the finer donors an
// article names for the same recipient. `hospitals` are the hospitals among the donors and recipients of a row.
//
// Parameters: none
CALL () {
  ACTS_OF_AID WITH EVIDENCE
}
RETURN d.id AS donor_id, labels(d)[0] AS donor_label, d.name AS donor,
       CASE WHEN d:Province OR d:City OR d:County THEN d.code ELSE d.region END AS donor_region,
       r.id AS recipient_id, labels(r)[0] AS recipient_label, r.name AS recipient,
       CASE WHEN r:Province OR r:City OR r:County THEN r.code ELSE r.region END AS recipient_region, via,
       first.evidence_docs AS first_docs, first.evidence_dates AS first_dates,
       second.evidence_docs AS second_docs, second.evidence_dates AS second_dates
