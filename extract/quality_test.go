package extract

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/internal/fold"
)

// The labelled sets and their format are described in testdata/README.md.

// label is one expected claim: its key and the fields it gives.
type label struct {
	key    string
	fields map[string]string
}

// labelledCase is one paragraph of a labelled file.
type labelledCase struct {
	id        string
	published time.Time
	text      string
	want      map[rastro.ClaimKind][]label
}

var labelKinds = map[string]rastro.ClaimKind{
	"count": rastro.ClaimCount, "date": rastro.ClaimDate, "place": rastro.ClaimPlace, "actor": rastro.ClaimActor,
	"quotation": rastro.ClaimQuotation, "weapon": rastro.ClaimWeapon, "wound": rastro.ClaimWound, "discharge": rastro.ClaimDischarge,
}

// labelFields are the fields each kind may carry; v2Defaults are the values
// a v2 file means when a count label leaves a field out.
var (
	labelFields = map[rastro.ClaimKind][]string{
		rastro.ClaimCount: {"q", "place", "date", "of"}, rastro.ClaimActor: {"type"}, rastro.ClaimQuotation: {"text"},
		rastro.ClaimWeapon: {"calibre"}, rastro.ClaimDischarge: {"calibre", "weapon", "agents"},
	}
	v2Defaults = map[rastro.ClaimKind]map[string]string{rastro.ClaimCount: {"q": "exact", "place": "", "date": "", "of": ""}}
)

// readLabelled parses a labelled file; a malformed line fails the test
// with its file and line.
func readLabelled(t testing.TB, path string) []labelledCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []labelledCase
	var cur *labelledCase
	v2 := false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case line == "labels: v2" && cur == nil:
			v2 = true
			continue
		case strings.HasPrefix(line, "== "):
			cases = append(cases, labelledCase{id: strings.TrimPrefix(line, "== "), published: time.Date(2023, 2, 15, 12, 0, 0, 0, time.UTC), want: map[rastro.ClaimKind][]label{}})
			cur = &cases[len(cases)-1]
			continue
		}
		if cur == nil {
			t.Fatalf("%s:%d: label before the first case", path, n)
		}
		key, val, ok := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		if !ok {
			t.Fatalf("%s:%d: want key: value", path, n)
		}
		switch key {
		case "published":
			p, err := time.Parse(time.DateOnly, val)
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			cur.published = p
		case "text":
			if cur.text != "" {
				cur.text += "\n"
			}
			cur.text += val
		default:
			kind, ok := labelKinds[key]
			if !ok {
				t.Fatalf("%s:%d: unknown label %q", path, n, key)
			}
			l, err := parseLabel(kind, val, v2, cur.published)
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			cur.want[kind] = append(cur.want[kind], l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func parseLabel(kind rastro.ClaimKind, val string, v2 bool, published time.Time) (label, error) {
	parts := strings.Split(val, " | ")
	l := label{key: strings.TrimSpace(parts[0]), fields: map[string]string{}}
	if v2 {
		for k, v := range v2Defaults[kind] {
			l.fields[k] = v
		}
	}
	for _, p := range parts[1:] {
		name, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !contains(labelFields[kind], name) {
			return l, fmt.Errorf("field %q is not name=value of a %s", p, kind)
		}
		l.fields[name] = strings.TrimSpace(v)
	}
	switch kind {
	case rastro.ClaimPlace:
		k, err := labelPlaceKey(l.key)
		if err != nil {
			return l, err
		}
		l.key = k
	case rastro.ClaimCount:
		f := strings.Fields(l.key)
		if len(f) != 2 {
			return l, fmt.Errorf("count %q: want \"N category\"", l.key)
		} else if _, err := strconv.Atoi(f[0]); err != nil {
			return l, fmt.Errorf("count %q: %v", l.key, err)
		}
		cat, err := labelCategory(f[1])
		if err != nil {
			return l, fmt.Errorf("count %q: %v", l.key, err)
		}
		l.key = f[0] + " " + cat
		if of := l.fields["of"]; of != "" {
			n, c, _ := strings.Cut(of, " ")
			if c, err = labelCategory(c); err != nil {
				return l, fmt.Errorf("count %q: of=%q: %v", l.key, of, err)
			}
			l.fields["of"] = n + " " + c
		}
		if p := l.fields["place"]; p != "" {
			var keys []string
			for _, name := range strings.Split(p, ";") {
				k, err := labelPlaceKey(strings.TrimSpace(name))
				if err != nil {
					return l, err
				}
				keys = append(keys, k)
			}
			sort.Strings(keys)
			l.fields["place"] = strings.Join(keys, ";")
		}
	case rastro.ClaimQuotation:
		if t, ok := l.fields["text"]; ok {
			l.fields["text"] = fold.Words(t)
		}
	}
	return l, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// labelPlaceKey resolves a place label ("Juliaca", "Puno [district]",
// "Cochabamba [BO]", "Titicaca [water]") to the key PlaceData.Key gives.
func labelPlaceKey(s string) (string, error) {
	name, hint := s, ""
	if i := strings.Index(s, " ["); i > 0 && strings.HasSuffix(s, "]") {
		name, hint = s[:i], s[i+2:len(s)-1]
	}
	switch {
	case hint != "" && strings.Trim(hint, "0123456789") == "":
		return hint, nil // a UBIGEO
	case hint == "water":
		return "water:" + fold.Words(name), nil
	case len(hint) == 2 && strings.ToUpper(hint) == hint:
		// A name the world gazetteer knows takes its usual name, as the
		// extractor's key does: "Araucanía [CL]" and "La Araucanía [CL]"
		// are one region, "Santiago Metropolitan Region [CL]" is
		// "Región Metropolitana".
		for _, w := range gazetteer.Default().World(fold.Words(name)) {
			if w.Country == hint {
				return hint + ":" + fold.Words(w.Name), nil
			}
		}
		return hint + ":" + fold.Words(name), nil
	}
	if iso := foreignPlace(name); iso != "" && hint == "" {
		return iso, nil
	}
	cands := gazetteer.Default().Resolve(name)
	for _, c := range cands {
		if hint == "" || c.Place.Level.String() == hint {
			if c.Place.Level == gazetteer.LevelCountry {
				return "PE", nil
			}
			return c.Place.Ubigeo, nil
		}
	}
	return "", fmt.Errorf("place %q: not in the gazetteer", s)
}

// claimLabel is how a claim compares with a label: its key and every field.
func claimLabel(c Claim, published time.Time) label {
	f := map[string]string{}
	switch v := c.Data.(type) {
	case CountData:
		f["q"] = v.Qualifier
		var keys []string
		for _, r := range v.Places {
			keys = append(keys, r.ID)
		}
		sort.Strings(keys)
		f["place"] = strings.Join(keys, ";")
		f["date"] = v.Date
		if v.Since && v.Date != "" {
			f["date"] = v.Date + "/" + published.Format(time.DateOnly)
		} else if v.DatePrecision == "week" {
			f["date"] = v.Date + " week"
		}
		if v.PartOf != nil {
			f["of"] = strconv.Itoa(v.PartOf.Min) + " " + v.PartOf.Category
		} else {
			f["of"] = ""
		}
		return label{strconv.Itoa(v.Figure) + " " + v.Category, f}
	case DateData:
		switch {
		case v.Precision == "week":
			return label{v.Value + " week", f}
		case v.Since:
			return label{v.Value + "/" + v.To, f}
		}
		return label{v.Value, f}
	case PlaceData:
		return label{v.Key(), f}
	case ActorData:
		f["type"] = v.Type
		return label{v.Name, f}
	case QuotationData:
		f["text"] = fold.Words(v.Quote)
		if v.Speaker == "" {
			return label{"?", f}
		}
		return label{v.Speaker, f}
	case WeaponData:
		f["calibre"] = v.Calibre
		return label{v.Name, f}
	case WoundData:
		return label{v.Region, f}
	case DischargeData:
		f["calibre"], f["weapon"], f["agents"] = v.Calibre, v.Weapon, strconv.Itoa(v.Agents)
		return label{strconv.Itoa(v.Rounds), f}
	}
	return label{fmt.Sprint(c.Data), f}
}

// labelCategories are the count categories the extractor gives; a label's
// "missing" names the same category as "disappeared" (the victim lists'
// harm), a word some writers chose, so it is read as that.
var labelCategories = []string{"killed", "injured", "detained", "disappeared", "tortured", "extrajudicial_executions", "victims", "cases", "other"}

func labelCategory(c string) (string, error) {
	if c == "missing" {
		return "disappeared", nil
	}
	if !contains(labelCategories, c) {
		return "", fmt.Errorf("category %q: want one of %s", c, strings.Join(labelCategories, ", "))
	}
	return c, nil
}

// fieldMatch compares a labelled field with the claim's; a quotation's
// text is matched as a prefix of the quoted words.
func fieldMatch(name, want, got string) bool {
	if name == "text" {
		return strings.HasPrefix(got, want)
	}
	return want == got
}

// tally counts matches of keys and, among matched claims, of each field.
type tally struct{ tp, fp, fn, fieldOK, fieldN int }

func (s tally) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s tally) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

func (s tally) accuracy() float64 {
	if s.fieldN == 0 {
		return 1
	}
	return float64(s.fieldOK) / float64(s.fieldN)
}

// scores are a set's tallies: "count" for keys, "count.place" for a field.
type scores map[string]*tally

func (sc scores) get(k string) *tally {
	if sc[k] == nil {
		sc[k] = &tally{}
	}
	return sc[k]
}

// metric returns a named figure: "count P", "count R" or "count.place".
func (sc scores) metric(name string) float64 {
	k, m, _ := strings.Cut(name, " ")
	s := sc.get(k)
	switch m {
	case "P":
		return s.precision()
	case "R":
		return s.recall()
	}
	return s.accuracy()
}

// measure extracts every case and scores it against its labels; misses are
// logged (go test -v shows them).
func measure(t testing.TB, cases []labelledCase, logMisses bool) scores {
	sc := scores{}
	for _, c := range cases {
		res := Extract(c.text, Options{Published: c.published})
		got := map[rastro.ClaimKind][]label{}
		for _, cl := range res.Claims {
			if c.text[cl.Start:cl.End] != cl.Text {
				t.Errorf("%s: %s claim span %d-%d is not its text", c.id, cl.Kind, cl.Start, cl.End)
			}
			got[cl.Kind] = append(got[cl.Kind], claimLabel(cl, c.published))
		}
		for _, kind := range labelKinds {
			scoreKind(t, sc, c.id, kind, c.want[kind], got[kind], logMisses)
		}
	}
	return sc
}

func scoreKind(t testing.TB, sc scores, id string, kind rastro.ClaimKind, want, have []label, logMisses bool) {
	s := sc.get(string(kind))
	used := make([]bool, len(have))
	var missed, extra []string
	var wrong []string
	for _, w := range want {
		// Among claims with the label's key, the one agreeing on most fields.
		best, bestOK := -1, -1
		for i, h := range have {
			if used[i] || h.key != w.key {
				continue
			}
			ok := 0
			for name, v := range w.fields {
				if fieldMatch(name, v, h.fields[name]) {
					ok++
				}
			}
			if ok > bestOK {
				best, bestOK = i, ok
			}
		}
		if best < 0 {
			s.fn++
			missed = append(missed, w.key)
			continue
		}
		used[best] = true
		s.tp++
		names := make([]string, 0, len(w.fields))
		for name := range w.fields {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			f := sc.get(string(kind) + "." + name)
			f.fieldN++
			s.fieldN++
			if fieldMatch(name, w.fields[name], have[best].fields[name]) {
				f.fieldOK++
				s.fieldOK++
			} else {
				wrong = append(wrong, fmt.Sprintf("%s %s=%q (got %q)", w.key, name, w.fields[name], have[best].fields[name]))
			}
		}
	}
	for i, h := range have {
		if !used[i] {
			s.fp++
			extra = append(extra, h.key)
		}
	}
	if logMisses && len(missed)+len(extra)+len(wrong) > 0 {
		t.Logf("%s %s: missed %q, extra %q, wrong %q", id, kind, missed, extra, wrong)
	}
}

// table renders the scores as a markdown table.
func (sc scores) table() string {
	names := make([]string, 0, len(sc))
	for k := range sc {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("| kind / field | tp | fp | fn | precision | recall | field accuracy |\n|---|---|---|---|---|---|---|\n")
	for _, k := range names {
		s := sc[k]
		if strings.Contains(k, ".") {
			fmt.Fprintf(&b, "| %s | | | | | | %d/%d = %.3f |\n", k, s.fieldOK, s.fieldN, s.accuracy())
			continue
		}
		if s.tp+s.fp+s.fn == 0 {
			continue
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %.3f | %.3f |", k, s.tp, s.fp, s.fn, s.precision(), s.recall())
		if s.fieldN > 0 {
			fmt.Fprintf(&b, " %d/%d = %.3f |\n", s.fieldOK, s.fieldN, s.accuracy())
		} else {
			b.WriteString(" |\n")
		}
	}
	return b.String()
}

func readSets(t testing.TB, paths ...string) []labelledCase {
	var cases []labelledCase
	for _, p := range paths {
		cases = append(cases, readLabelled(t, p)...)
	}
	return cases
}
