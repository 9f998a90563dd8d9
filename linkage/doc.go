// Package linkage finds records of the same person within and across lists
// (news reports, NGO lists, the ombudsman, hospitals) that spell names
// differently and record dates, ages and places at different precisions,
// as a step before counting victims with multiple systems estimation
// (package mse).
//
// The pipeline, and why each step is as it is:
//
//   - Records come from CSV through a column mapping (ReadCSV, Mapping) or
//     from the database's person records (FromPerson). Names are folded
//     (case, accents) and keyed phonetically for Spanish and Quechua
//     (package phonetic); dates may be full or partial; places are UBIGEO
//     codes or names.
//   - Blocking rules (ParseRule, ChooseRules) pick candidate pairs: records
//     agreeing on every key of some rule. Rules are combined by union and a
//     pair is compared once, credited to the first rule that finds it.
//     ChooseRules picks rules of one to three keys from every mapped field
//     by their estimated cost (pairs, counted on a sample) and the likely
//     true pairs they find (a pilot on random anchor records), within a
//     pair budget (PairBudget: 15 million, 15 a record beyond a million
//     records); blocks over a size limit are skipped and counted.
//   - Each pair gets a level per field (Exact, Close, Partial, Disagree,
//     Missing): Jaro-Winkler and Levenshtein on names, the phonetic key,
//     dates that agree fully or as far as both are known (a digit wrong,
//     two neighbouring digits or day and month swapped are close), the UBIGEO
//     hierarchy (district, province, department), ages a year or three
//     apart, or an age against the other record's birth year at the year
//     of the events.
//   - A Fellegi-Sunter model weighs the levels. u-probabilities come from
//     random pairs. m-probabilities come from EM run per blocking rule with
//     the rule's own fields left out (among a rule's candidates those
//     fields agree whatever the truth, and EM would take that agreement for
//     evidence), averaged over rules. The prior is the number of likely
//     matches (probability from 0.5) EM finds over all pairs, so a pair's
//     probability does not depend on which rule found it. Agreement on
//     common names (Quispe, Mamani) counts for less: exact agreement's u
//     is the value's frequency, close or partial agreement on the same
//     phonetic key is weighed by the key's. Agreement another field
//     implies counts once: sex when the given names agree, age when the
//     birth years do. With these the probabilities are near calibrated on
//     generated lists (at a million records, pairs called 0.5-0.6 are 67%
//     true, 0.8-0.9 91%).
//   - The match threshold, unless given, maximises the expected F1 score
//     over the scored pairs, the probabilities taken as calibrated
//     (ChooseMatch).
//   - Matches are clustered into persons by greedy average linkage, which
//     does not chain (A–B and B–C do not make A–C when A and C differ);
//     uncertain pairs and refused merges form a review queue.
//   - When each list names a person at most once (Config.OnePerList, a
//     fact about the lists the user states), two records of one list are
//     never compared, u and the prior count only pairs across lists, and
//     a merge that would put two records of one list in one person is
//     refused: matches are taken heaviest first, so a record's strongest
//     match on another list wins over its namesakes there.
//   - A Ledger (in memory) or the store's person merges (package sqldb)
//     keep every merge with who made it and why; merges never change the
//     records and can be undone.
//
// Outputs: pairs, review queue, clusters, merges, and capture histories
// (CaptureHistories) in the CSV that `rastro estimate --csv` reads.
//
// Accuracy and speed are checked by tests and a benchmark:
//
//	go test ./linkage -run 'Febrl|BlockOnGivenName' -v   # FEBRL4 precision/recall, dataset1 F1, the 77,249 pairs
//	RASTRO_BENCH_1M=1 go test ./linkage -run '^$' -bench DedupSynthetic/1M -benchtime 1x
//
// and on the command line (peak memory with /usr/bin/time -v):
//
//	go run ./linkage/synth/gen -n 1000000 -o /tmp/victims.csv
//	rastro link --csv /tmp/victims.csv --map "$(go run ./linkage/synth/gen -mapping)" -o /tmp/out
package linkage
