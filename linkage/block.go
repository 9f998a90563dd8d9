package linkage

import (
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// A Rule is a blocking rule: records are candidate pairs when they agree on
// every one of its keys (and none is unknown). Rules are combined by union;
// a pair is credited to the first rule that finds it.
type Rule struct {
	Name string
	keys []keyFunc
}

type keyFunc func(r *Record) string

// blockKeys are the keys a rule can use, beyond exact equality of any
// mapped field ("given", "extra.ssn") or of a column mapped to one.
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
		return strconv.Itoa(r.Birth.Year)
	},
	"birth_month": func(r *Record) string {
		if r.Birth.Month == 0 {
			return ""
		}
		return strconv.Itoa(r.Birth.Year*100 + r.Birth.Month)
	},
	"province":   func(r *Record) string { return ubigeoPrefix(r.Place, 2) },
	"department": func(r *Record) string { return ubigeoPrefix(r.Place, 1) },
}

func ubigeoPrefix(p string, depth int) string {
	if !isUbigeo(p) || ubigeoDepth(p) < depth {
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
			return strconv.Itoa(r.Age)
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

// ParseRule reads a rule written as keys joined by "+":
// "surname_key+birth_year", "given", "place", "postcode". A key is a derived
// key (given_key, surname_key for the paternal surname, surname2_key,
// surnames_key for both, surname1, given_initial, birth_year, birth_month,
// province, department), a mapped field (equality of folded values) or any
// other name, taken as a CSV column compared verbatim: blocking FEBRL4 on
// the column given_name gives the 77,249 pairs other tools report. The
// column is added to m.Raw, so ReadCSV keeps it (and refuses a file
// without it).
func ParseRule(s string, m *Mapping) (Rule, error) {
	r := Rule{Name: s}
	for _, k := range strings.Split(s, "+") {
		k = strings.TrimSpace(k)
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
		i := m.keepRaw(k)
		r.keys = append(r.keys, func(r *Record) string { return r.Raw[i] })
	}
	return r, nil
}

// key returns the hashed block key of a record, 0 when any part is unknown.
func (r Rule) key(rec *Record) uint64 {
	h := fnv.New64a()
	for _, k := range r.keys {
		v := k(rec)
		if v == "" {
			return 0
		}
		h.Write([]byte(v))
		h.Write([]byte{0})
	}
	if s := h.Sum64(); s != 0 {
		return s
	}
	return 1
}

// Blocks holds, for every rule, the records sorted by block key, so that
// each block is a run of equal keys.
type Blocks struct {
	rules    []Rule
	keys     [][]uint64 // [rule][record]
	order    [][]int32  // [rule] records with a key, sorted by key
	runs     []blockRun
	linkOnly bool
	recs     []Record
	// Skipped counts blocks left out because they held more than the
	// allowed number of pairs, and the pairs they held.
	SkippedBlocks int
	SkippedPairs  int64
}

type blockRun struct {
	rule       uint8
	start, end int32 // in order[rule]
}

// NewBlocks builds the blocks of rules over recs. With linkOnly only pairs
// of records from different lists are candidates. A block with more than
// maxPairs pairs (0: no limit) is skipped and counted.
func NewBlocks(recs []Record, rules []Rule, linkOnly bool, maxPairs int64) (*Blocks, error) {
	if len(rules) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "no blocking rule")
	}
	if len(rules) > 255 {
		return nil, rastro.Errorf(rastro.EINVALID, "too many blocking rules (%d)", len(rules))
	}
	b := &Blocks{rules: rules, linkOnly: linkOnly, recs: recs}
	for ri, rule := range rules {
		keys := make([]uint64, len(recs))
		var order []int32
		for i := range recs {
			if keys[i] = rule.key(&recs[i]); keys[i] != 0 {
				order = append(order, int32(i))
			}
		}
		slices.SortFunc(order, func(x, y int32) int {
			if keys[x] != keys[y] {
				if keys[x] < keys[y] {
					return -1
				}
				return 1
			}
			return int(x - y)
		})
		b.keys = append(b.keys, keys)
		b.order = append(b.order, order)
		for s := 0; s < len(order); {
			e := s + 1
			for e < len(order) && keys[order[e]] == keys[order[s]] {
				e++
			}
			if e-s > 1 {
				n := int64(e-s) * int64(e-s-1) / 2
				if maxPairs > 0 && n > maxPairs {
					b.SkippedBlocks++
					b.SkippedPairs += n
				} else {
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

func (b *Blocks) foundEarlier(i, j int32, rule uint8) bool {
	for q := uint8(0); q < rule; q++ {
		if k := b.keys[q][i]; k != 0 && k == b.keys[q][j] {
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
