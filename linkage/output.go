package linkage

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro/internal/sheet"
)

// The writers below give identifiers, lists, weights and levels only, never
// names or dates: the outputs can be shared with whoever holds the lists.

func fmtFloat(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }

func (r *Result) pairRow(recs []Record, p ScoredPair) []string {
	a, b := &recs[p.A], &recs[p.B]
	row := []string{a.List, a.ID, b.List, b.ID, fmtFloat(p.Weight), fmtFloat(p.Prob)}
	for f := range r.Fields {
		row = append(row, p.Pattern.Level(f).String())
	}
	return row
}

func (r *Result) pairHeader(extra ...string) []string {
	h := []string{"list_a", "id_a", "list_b", "id_b", "weight", "probability"}
	for _, f := range r.Fields {
		h = append(h, "level_"+f.Name)
	}
	return append(h, extra...)
}

// Levels describes a pattern as "given=exact surname=close …".
func (r *Result) Levels(p Pattern) string {
	parts := make([]string, len(r.Fields))
	for f := range r.Fields {
		parts[f] = r.Fields[f].Name + "=" + p.Level(f).String()
	}
	return strings.Join(parts, " ")
}

// WritePairs writes the pairs at or above the review threshold, heaviest
// first, with their decision (match / review) and the blocking rule that
// found them.
func (r *Result) WritePairs(w io.Writer, recs []Record) error {
	cw := sheet.NewWriter(w)
	cw.Write(r.pairHeader("decision", "rule"))
	for _, p := range r.Pairs {
		cw.Write(append(r.pairRow(recs, p), r.Decision(p), r.Rules[p.Rule].Name))
	}
	return cw.Flush()
}

// WriteReview writes the review queue with the reason of each item.
func (r *Result) WriteReview(w io.Writer, recs []Record) error {
	cw := sheet.NewWriter(w)
	cw.Write(r.pairHeader("reason"))
	for _, it := range r.Review {
		cw.Write(append(r.pairRow(recs, it.ScoredPair), it.Reason))
	}
	return cw.Flush()
}

// WriteClusters writes one line per source record: the person it belongs
// to (numbered from 1), its list, its identifier and its line in the input.
func WriteClusters(w io.Writer, recs []Record, cluster []int32) error {
	cw := sheet.NewWriter(w)
	cw.Write([]string{"person", "list", "id", "line"})
	order := make([]int, len(recs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return int(cluster[x] - cluster[y]) })
	for _, i := range order {
		cw.Write([]string{strconv.Itoa(int(cluster[i]) + 1), recs[i].List, recs[i].ID, strconv.Itoa(int(recs[i].Line))})
	}
	return cw.Flush()
}

// Histories are capture histories: for each combination of lists, how many
// persons appear on exactly those lists.
type Histories struct {
	Lists  []string         // sorted
	Counts map[string]int64 // key: one '0' or '1' per list
}

// CaptureHistories counts the persons of a clustering by the lists they
// appear on, the input of multiple systems estimation.
func CaptureHistories(recs []Record, cluster []int32) Histories {
	lists := make([][]string, len(recs))
	for i := range recs {
		lists[i] = []string{recs[i].List}
	}
	return CaptureHistoriesOf(cluster, lists)
}

// CaptureHistoriesOf counts persons by lists when a record may be on
// several lists (a person record citing several sources).
func CaptureHistoriesOf(cluster []int32, recordLists [][]string) Histories {
	var lists []string
	for _, ls := range recordLists {
		for _, l := range ls {
			if !slices.Contains(lists, l) {
				lists = append(lists, l)
			}
		}
	}
	slices.Sort(lists)
	seen := map[int32][]byte{}
	for i, c := range cluster {
		h, ok := seen[c]
		if !ok {
			h = []byte(strings.Repeat("0", len(lists)))
			seen[c] = h
		}
		for _, l := range recordLists[i] {
			h[slices.Index(lists, l)] = '1'
		}
	}
	hs := Histories{Lists: lists, Counts: map[string]int64{}}
	for _, h := range seen {
		hs.Counts[string(h)]++
	}
	return hs
}

// WriteCSV writes one column per list (0 or 1) and a count column, one row
// per capture history observed, from 11…1 down to 0…01: the format
// `rastro estimate --csv` reads.
func (h Histories) WriteCSV(w io.Writer) error {
	cw := sheet.NewWriter(w)
	header := make([]string, 0, len(h.Lists)+1)
	for _, l := range h.Lists {
		switch strings.ToLower(l) {
		case "count", "freq", "n": // names the reader takes for the count column
			l = "list_" + l
		}
		header = append(header, l)
	}
	cw.Write(append(header, "count"))
	keys := make([]string, 0, len(h.Counts))
	for k := range h.Counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	slices.Reverse(keys)
	for _, k := range keys {
		row := strings.Split(k, "")
		cw.Write(append(row, strconv.FormatInt(h.Counts[k], 10)))
	}
	return cw.Flush()
}

// WriteMerges writes the ledger's history: every merge, active or undone.
func (l *Ledger) WriteMerges(w io.Writer) error {
	cw := sheet.NewWriter(w)
	cw.Write([]string{"merge", "list_a", "id_a", "list_b", "id_b", "weight", "reason", "by", "at", "undone_at", "undone_by"})
	for _, m := range l.merges {
		undone := ""
		if m.UndoneAt != nil {
			undone = m.UndoneAt.Format("2006-01-02T15:04:05Z")
		}
		cw.Write([]string{strconv.FormatInt(m.ID, 10), m.A.List, m.A.ID, m.B.List, m.B.ID, fmtFloat(m.Weight),
			m.Reason, m.By, m.At.Format("2006-01-02T15:04:05Z"), undone, m.UndoneBy})
	}
	return cw.Flush()
}
