package linkage

import (
	"slices"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
)

// Ref names a source record: its list and the list's own identifier.
type Ref struct {
	List string `json:"list"`
	ID   string `json:"id"`
}

func (r Ref) String() string { return r.List + ":" + r.ID }

// Merge records that two source records were judged the same person. A
// merge never rewrites the records: a person is the set of records its
// active merges connect, each keeping its list and identifier, so undoing a
// merge restores exactly what was there before.
type Merge struct {
	ID       int64      `json:"id"`
	A, B     Ref        `json:"-"`
	Weight   float64    `json:"weight"` // match weight when automatic
	Reason   string     `json:"reason"` // "automatic" or the reviewer's note
	By       string     `json:"by"`     // "linkage" or the reviewer
	At       time.Time  `json:"at"`
	UndoneAt *time.Time `json:"undone_at,omitempty"`
	UndoneBy string     `json:"undone_by,omitempty"`
	ia, ib   int        // the records' positions in the ledger
}

// Active reports whether the merge still holds.
func (m *Merge) Active() bool { return m.UndoneAt == nil }

// Ledger is the history of merges over a set of source records.
type Ledger struct {
	refs   []Ref
	index  map[Ref]int // built on the first merge by reference
	merges []Merge
}

// NewLedger starts an empty ledger over the records; each is its own
// person until merged. Duplicate references are refused.
func NewLedger(refs []Ref) (*Ledger, error) {
	// Sorting positions finds duplicates without a map of a million
	// references.
	order := make([]int32, len(refs))
	for i := range order {
		order[i] = int32(i)
	}
	cmpRef := func(x, y Ref) int {
		if c := strings.Compare(x.List, y.List); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmpRef(refs[x], refs[y]) })
	for k := 1; k < len(order); k++ {
		if refs[order[k]] == refs[order[k-1]] {
			return nil, rastro.Errorf(rastro.EINVALID, "record %s appears twice: identifiers must be unique within a list", refs[order[k]])
		}
	}
	return &Ledger{refs: refs}, nil
}

// Position returns the index of a record in the ledger.
func (l *Ledger) Position(r Ref) (int, bool) {
	if l.index == nil {
		l.index = make(map[Ref]int, len(l.refs))
		for i, x := range l.refs {
			l.index[x] = i
		}
	}
	i, ok := l.index[r]
	return i, ok
}

// RefsOf returns the references of records.
func RefsOf(recs []Record) []Ref {
	out := make([]Ref, len(recs))
	for i := range recs {
		out[i] = Ref{recs[i].List, recs[i].ID}
	}
	return out
}

// Merge joins the persons of two records and returns the merge's ID. It
// refuses unknown records and records already of the same person.
func (l *Ledger) Merge(a, b Ref, weight float64, reason, by string, at time.Time) (int64, error) {
	ia, oka := l.Position(a)
	ib, okb := l.Position(b)
	switch {
	case !oka:
		return 0, rastro.Errorf(rastro.ENOTFOUND, "no record %s", a)
	case !okb:
		return 0, rastro.Errorf(rastro.ENOTFOUND, "no record %s", b)
	}
	if comp := l.components(); comp[ia] == comp[ib] {
		return 0, rastro.Errorf(rastro.ECONFLICT, "records %s and %s are already the same person", a, b)
	}
	id := int64(len(l.merges) + 1)
	l.merges = append(l.merges, Merge{ID: id, A: a, B: b, Weight: weight, Reason: reason, By: by, At: at.UTC(), ia: ia, ib: ib})
	return id, nil
}

// Undo withdraws a merge. Merge refuses records already of one person, so
// active merges never form a cycle and undoing one always splits its
// person in two, as it was before the merge.
func (l *Ledger) Undo(id int64, by string, at time.Time) error {
	if id < 1 || id > int64(len(l.merges)) {
		return rastro.Errorf(rastro.ENOTFOUND, "no merge %d", id)
	}
	m := &l.merges[id-1]
	if !m.Active() {
		return rastro.Errorf(rastro.ECONFLICT, "merge %d was already undone", id)
	}
	t := at.UTC()
	m.UndoneAt, m.UndoneBy = &t, by
	return nil
}

// History returns every merge, undone ones included, in order.
func (l *Ledger) History() []Merge { return slices.Clone(l.merges) }

// components returns each record's person over the active merges,
// recomputed on demand: one pass over the merges, cheap next to linkage.
func (l *Ledger) components() []int {
	var joins [][2]int
	for k := range l.merges {
		if m := &l.merges[k]; m.Active() {
			joins = append(joins, [2]int{m.ia, m.ib})
		}
	}
	c := Components(len(l.refs), joins)
	out := make([]int, len(c))
	for i, v := range c {
		out[i] = int(v)
	}
	return out
}

// Components numbers the connected components of n records joined by
// pairs, densely from 0 in order of each component's first record.
func Components(n int, joins [][2]int) []int32 {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	root := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, j := range joins {
		parent[root(j[0])] = root(j[1])
	}
	out := make([]int32, n)
	id := map[int]int32{}
	for i := range out {
		r := root(i)
		c, ok := id[r]
		if !ok {
			c = int32(len(id))
			id[r] = c
		}
		out[i] = c
	}
	return out
}

// Persons returns the persons: groups of source records, each sorted, in
// order of their first record.
func (l *Ledger) Persons() [][]Ref {
	comp := l.components()
	groups := map[int][]Ref{}
	var order []int
	for i, c := range comp {
		if _, ok := groups[c]; !ok {
			order = append(order, c)
		}
		groups[c] = append(groups[c], l.refs[i])
	}
	out := make([][]Ref, len(order))
	for k, c := range order {
		g := groups[c]
		slices.SortFunc(g, func(x, y Ref) int {
			if c := strings.Compare(x.List, y.List); c != 0 {
				return c
			}
			return strings.Compare(x.ID, y.ID)
		})
		out[k] = g
	}
	return out
}

// AddJoins records the merges of a linkage result over the same records:
// reviewers' decisions, then automatic merges. The clustering never joins
// records already of one person, so the merges are appended as they are.
func (l *Ledger) AddJoins(res *Result, at time.Time) {
	add := func(ps []ScoredPair, reason, by string) {
		for _, p := range ps {
			l.merges = append(l.merges, Merge{ID: int64(len(l.merges) + 1), A: l.refs[p.A], B: l.refs[p.B],
				Weight: p.Weight, Reason: reason, By: by, At: at.UTC(), ia: int(p.A), ib: int(p.B)})
		}
	}
	add(res.Decided, "decided the same person", "reviewer")
	add(res.Joins, "automatic", "linkage")
}
