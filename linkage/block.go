package linkage

import (
	"cmp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/rastro-project/rastro"
)

// A Rule is a blocking rule: records are candidate pairs when they agree on
// every one of its keys (and none is unknown). Rules are combined by union;
// a pair is credited to the first rule that finds it.
type Rule struct {
	Name string
	keys []keyFunc
	// MaxRecords, when not 0, leaves out the rule's blocks of more
	// records: names_key/12 pairs records agreeing on a rare given name and
	// surname, whose agreement alone can make a match, and not the
	// thousands of Juan Quispes, which other rules must split.
	MaxRecords int
	// Fields the rule's keys agree on, or nearly determine (a given name
	// fixes the sex, a birth year the age): their comparisons say little
	// about matching among the rule's candidates, so training leaves them
	// out for this rule.
	Fields []string
}

type keyFunc func(r *Record) string

// blockKeys are the derived keys a rule can use, beyond exact equality of
// any mapped field ("given", "extra.ssn") or column.
var blockKeys = map[string]keyFunc{
	"given_key":    func(r *Record) string { return r.keys.given },
	"surname_key":  func(r *Record) string { return r.keys.surname1 },
	"surname1":     func(r *Record) string { return r.Surname1 },
	"surname2_key": func(r *Record) string { return r.keys.surname2 },
	"surnames_key": func(r *Record) string {
		if r.keys.surname2 == "" {
			return ""
		}
		return r.keys.surname1 + " " + r.keys.surname2
	},
	// names_key is the given name's and the paternal surname's keys in
	// order, so it agrees when a list swapped given and family names.
	"names_key": func(r *Record) string {
		a, b := r.keys.given, r.keys.surname1
		if a == "" || b == "" {
			return ""
		}
		if b < a {
			a, b = b, a
		}
		return a + " " + b
	},
	"given_initial": func(r *Record) string {
		if r.Given == "" {
			return ""
		}
		return r.Given[:1]
	},
	"birth_year": func(r *Record) string {
		if r.Birth.Year == 0 {
			return ""
		}
		return strconv.Itoa(int(r.Birth.Year))
	},
	"birth_date": func(r *Record) string { // full dates only
		if r.Birth.Day == 0 {
			return ""
		}
		return r.Birth.String()
	},
	"birth_month": func(r *Record) string {
		if r.Birth.Month == 0 {
			return ""
		}
		return strconv.Itoa(int(r.Birth.Year)*100 + int(r.Birth.Month))
	},
	"province":   func(r *Record) string { return ubigeoPrefix(r.Place, 2) },
	"department": func(r *Record) string { return ubigeoPrefix(r.Place, 1) },
}

// keyFields says which compared fields a key (derived or a field name)
// agrees on or nearly determines.
func keyFields(key string) []string {
	switch key {
	case "given_key", "given_initial", FieldGiven:
		return []string{FieldGiven, FieldSex}
	case "names_key":
		return []string{FieldGiven, FieldSex, FieldSurname}
	case "surname_key", "surname1", "surname2_key", "surnames_key", FieldSurname2:
		return []string{FieldSurname}
	case "birth_year", "birth_month", "birth_date", FieldBirth:
		return []string{FieldBirth, FieldAge}
	case FieldAge:
		return []string{FieldAge, FieldBirth}
	case "province", "department":
		return []string{FieldPlace}
	}
	return []string{key}
}

func ubigeoPrefix(p string, depth int) string {
	if !IsUbigeo(p) || ubigeoDepth(p) < depth {
		return ""
	}
	return p[:2*depth]
}

// fieldKey returns the key of a mapped field's folded value.
func fieldKey(m Mapping, field string) (keyFunc, bool) {
	switch field {
	case FieldGiven:
		return func(r *Record) string { return r.Given }, true
	case FieldSurname:
		return func(r *Record) string { return r.Surname }, true
	case FieldSurname2:
		return func(r *Record) string { return r.Surname2 }, true
	case FieldBirth:
		return func(r *Record) string { return r.Birth.String() }, true
	case FieldAge:
		return func(r *Record) string {
			if r.Age < 0 {
				return ""
			}
			return strconv.Itoa(int(r.Age))
		}, true
	case FieldSex:
		return func(r *Record) string {
			if r.Sex == 0 {
				return ""
			}
			return string(rune(r.Sex))
		}, true
	case FieldPlace:
		return func(r *Record) string { return r.Place }, true
	}
	if name, ok := strings.CutPrefix(field, extraPrefix); ok {
		if i := slices.Index(m.Extra, name); i >= 0 {
			return func(r *Record) string { return r.Extra[i] }, true
		}
	}
	return nil, false
}

// ParseRule reads a rule written as keys joined by "+", optionally ending
// in /N to leave out blocks of more than N records:
// "surname_key+birth_year", "given", "place", "postcode", "names_key/12". A key is a derived
// key (given_key, surname_key for the paternal surname, surname2_key,
// surnames_key for both, surname1, given_initial, birth_year, birth_month,
// province, department), a mapped field (equality of folded values) or any
// other name, taken as a CSV column compared verbatim: blocking FEBRL4 on
// the column given_name gives the 77,249 pairs other tools report. The
// column is added to m.Raw, so ReadCSV keeps it (and refuses a file
// without it).
func ParseRule(s string, m *Mapping) (Rule, error) {
	r := Rule{Name: s}
	keys := s
	if base, n, ok := strings.Cut(s, "/"); ok {
		v, err := strconv.Atoi(strings.TrimSpace(n))
		if err != nil || v < 2 {
			return Rule{}, rastro.Errorf(rastro.EINVALID, "blocking rule %q: after / want the most records a block may hold, a whole number of at least 2", s)
		}
		keys, r.MaxRecords = base, v
	}
	for _, k := range strings.Split(keys, "+") {
		k = strings.TrimSpace(k)
		r.Fields = append(r.Fields, keyFields(k)...)
		if f, ok := blockKeys[k]; ok {
			r.keys = append(r.keys, f)
			continue
		}
		if k == "" {
			return Rule{}, rastro.Errorf(rastro.EINVALID, "blocking rule %q has an empty key", s)
		}
		if m.Has(k) {
			f, _ := fieldKey(*m, k)
			r.keys = append(r.keys, f)
			continue
		}
		if slices.Contains(knownFields, k) || strings.HasPrefix(k, extraPrefix) {
			return Rule{}, rastro.Errorf(rastro.EINVALID, "blocking rule %q: field %q is not mapped to a column", s, k)
		}
		if f, ok := m.fieldOfColumn(k); ok {
			r.Fields = append(r.Fields, keyFields(f)...)
		}
		i := m.keepRaw(k)
		r.keys = append(r.keys, func(r *Record) string { return r.Raw[i] })
	}
	return r, nil
}

// key returns the hashed block key of a record (FNV-1a over the parts,
// each followed by a zero byte), 0 when any part is unknown.
func (r Rule) key(rec *Record) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, k := range r.keys {
		v := k(rec)
		if v == "" {
			return 0
		}
		for i := 0; i < len(v); i++ {
			h = (h ^ uint64(v[i])) * prime
		}
		h *= prime // the separator: h ^ 0 is h
	}
	if h == 0 {
		return 1
	}
	return h
}

// Blocks holds, for every rule, the records sorted by block key, so that
// each block is a run of equal keys.
type Blocks struct {
	rules []Rule
	// keys holds each record's key under every rule, record by record
	// (keys[i*len(rules)+q]): testing whether earlier rules found a pair
	// then reads two short rows instead of one cache line per rule and
	// record, which at a million records made comparing memory-bound.
	keys     []uint64
	order    [][]int32 // [rule] records with a key, sorted by key
	runs     []blockRun
	linkOnly bool
	recs     []Record
	// Skipped counts blocks left out because they held more than the
	// allowed number of pairs, and the pairs they held.
	SkippedBlocks int
	SkippedPairs  int64
}

// sortByKey returns each record's block key under a rule and the records
// that have one, sorted by key. Sorting (key, record) pairs side by side is
// several times faster than sorting record numbers by a key kept elsewhere.
func sortByKey(recs []Record, rule Rule) ([]uint64, []int32) {
	keys := make([]uint64, len(recs))
	var byKey []keyed
	for i := range recs {
		if keys[i] = rule.key(&recs[i]); keys[i] != 0 {
			byKey = append(byKey, keyed{keys[i], int32(i)})
		}
	}
	slices.SortFunc(byKey, func(x, y keyed) int {
		if c := cmp.Compare(x.key, y.key); c != 0 {
			return c
		}
		return cmp.Compare(x.rec, y.rec)
	})
	order := make([]int32, len(byKey))
	for k, kr := range byKey {
		order[k] = kr.rec
	}
	return keys, order
}

type keyed struct {
	key uint64
	rec int32
}

type blockRun struct {
	rule       uint8
	start, end int32 // in order[rule]
}

// NewBlocks builds the blocks of rules over recs. With linkOnly only pairs
// of records from different lists are candidates. A block with more than
// maxPairs pairs (0: no limit) is skipped and counted; a block with more
// records than its rule's MaxRecords is left out. The records of a block
// left out or skipped have no key under that rule, so a pair in it is not
// taken for one an earlier rule found.
func NewBlocks(recs []Record, rules []Rule, linkOnly bool, maxPairs int64) (*Blocks, error) {
	if len(rules) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "no blocking rule")
	}
	if len(rules) > 255 {
		return nil, rastro.Errorf(rastro.EINVALID, "too many blocking rules (%d)", len(rules))
	}
	nr := len(rules)
	b := &Blocks{rules: rules, linkOnly: linkOnly, recs: recs,
		keys: make([]uint64, len(recs)*nr), order: make([][]int32, nr)}
	// Rules are keyed and sorted independently, a few at a time.
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for ri := range rules {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			var keys []uint64
			keys, b.order[ri] = sortByKey(recs, rules[ri])
			for i, k := range keys {
				b.keys[i*nr+ri] = k
			}
		}()
	}
	wg.Wait()
	for ri := range rules {
		order := b.order[ri]
		key := func(x int) uint64 { return b.keys[int(order[x])*nr+ri] }
		for s := 0; s < len(order); {
			e := s + 1
			for e < len(order) && key(e) == key(s) {
				e++
			}
			if e-s > 1 {
				n := int64(e-s) * int64(e-s-1) / 2
				capped := rules[ri].MaxRecords > 0 && e-s > rules[ri].MaxRecords
				switch {
				case capped || maxPairs > 0 && n > maxPairs:
					if !capped {
						b.SkippedBlocks++
						b.SkippedPairs += n
					}
					for _, i := range order[s:e] {
						b.keys[int(i)*nr+ri] = 0
					}
				default:
					b.runs = append(b.runs, blockRun{uint8(ri), int32(s), int32(e)})
				}
			}
			s = e
		}
	}
	return b, nil
}

// eachPair calls fn for every candidate pair of block run k that no
// earlier rule found.
func (b *Blocks) eachPair(k int, fn func(i, j int32, rule uint8)) {
	run := b.runs[k]
	members := b.order[run.rule][run.start:run.end]
	for x, i := range members {
		for _, j := range members[x+1:] {
			if b.linkOnly && b.recs[i].List == b.recs[j].List {
				continue
			}
			if b.foundEarlier(i, j, run.rule) {
				continue
			}
			fn(i, j, run.rule)
		}
	}
}

// Candidates reports whether any rule blocks records i and j together
// (whether or not linkOnly lets them be compared).
func (b *Blocks) Candidates(i, j int32) bool {
	for q := range b.rules {
		if b.agree(q, i, j) {
			return true
		}
	}
	return false
}

// agree reports whether rule q blocks records i and j together.
func (b *Blocks) agree(q int, i, j int32) bool {
	nr := len(b.rules)
	k := b.keys[int(i)*nr+q]
	return k != 0 && k == b.keys[int(j)*nr+q]
}

func (b *Blocks) foundEarlier(i, j int32, rule uint8) bool {
	nr := len(b.rules)
	ki, kj := b.keys[int(i)*nr:][:rule], b.keys[int(j)*nr:][:rule]
	for q, k := range ki {
		if k != 0 && k == kj[q] {
			return true
		}
	}
	return false
}

// Count returns the number of candidate pairs each rule adds.
func (b *Blocks) Count() []int64 {
	n := make([]int64, len(b.rules))
	for k := range b.runs {
		b.eachPair(k, func(_, _ int32, rule uint8) { n[rule]++ })
	}
	return n
}
