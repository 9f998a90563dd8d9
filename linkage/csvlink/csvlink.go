// Package csvlink links the records of CSV files without the database: it
// reads the files with a column mapping, chooses blocking rules when none
// are given, runs package linkage with reviewers' decisions if any, and
// writes pairs, review queue, clusters, merges and capture histories. The
// command line (rastro link --csv) and the web app call it.
package csvlink

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/linkage"
	"github.com/rastro-project/rastro/linkage/dblink"
)

// File is one CSV input. Its list is its name without the folder and the
// extension ("lists/defensoria.csv" is list defensoria) unless the mapping
// gives a list column.
type File struct {
	Name string // as given: named in errors
	R    io.Reader
}

// ListName is the list a file's records belong to without a list column.
func ListName(name string) string {
	base := filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// Options are rastro link's options for CSV files. Start from Defaults:
// the zero value of a field is not always its default.
type Options struct {
	Map      string   // column mapping: given=nombres,surname=apellidos,…
	Blocks   []string // blocking rules; none: chosen from the mapping and the data
	LinkOnly bool     // compare only records of different lists
	// OnePerList: each list names a person at most once, so two records
	// of one list are never compared nor put in one person (implies
	// LinkOnly; see linkage.Config).
	OnePerList    bool
	Match         float64 // 0: chosen from the model
	Review        float64
	MaxCluster    int
	MaxBlockPairs int64   // 0: no limit
	PairBudget    float64 // 0: linkage.PairBudget of the number of records
	NoTermFreq    bool
	Seed          uint64
	KeepPlaces    bool // compare place names as written
	EventYear     int  // year the ages were given at; 0: none
	// Decisions are reviewers' decisions (see ReadDecisions); nil: none.
	Decisions *File
}

// Defaults are the options rastro link starts from.
func Defaults() Options {
	return Options{Review: 0.3, MaxCluster: 50, MaxBlockPairs: 1_000_000, Seed: 1}
}

// FileStats counts the values of one file that could not be read.
type FileStats struct {
	File string `json:"file"`
	linkage.ReadStats
}

// Bad is how many values of the file were taken as unknown.
func (s FileStats) Bad() int { return s.BadDates + s.BadAges + s.BadSex }

// Result is a run: the records read, what linkage found, and the ledger
// of the merges that built the persons.
type Result struct {
	Recs   []linkage.Record
	Link   *linkage.Result
	Ledger *linkage.Ledger
	Hist   linkage.Histories
	Chosen *linkage.Choice // the rules chosen; nil when given
	Stats  []FileStats     // files with unreadable values
}

// Run reads the files and links their records. Bad files, mappings,
// rules and decisions are errors naming the file, line and column.
func Run(ctx context.Context, files []File, o Options) (*Result, error) {
	if len(files) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "link: give one or more CSV files")
	}
	if strings.TrimSpace(o.Map) == "" {
		return nil, rastro.Errorf(rastro.EINVALID, "link: give a column mapping with --map, e.g. --map given=nombres,surname=apellidos")
	}
	if o.Review < 0 || o.Match < 0 || o.Match > 1 || o.Review > 1 || o.MaxCluster < 0 || o.MaxBlockPairs < 0 || o.PairBudget < 0 || o.EventYear < 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "link: match %v and review %v want a probability (0 to 1); largest person %d, block pairs %d, pair budget %v and event year %d want 0 or more",
			o.Match, o.Review, o.MaxCluster, o.MaxBlockPairs, o.PairBudget, o.EventYear)
	}
	mp, err := linkage.ParseMapping(o.Map)
	if err != nil {
		return nil, err
	}
	// Rules naming columns must be parsed before reading, so the reader
	// keeps those columns; default rules depend on the number of records.
	rules, err := dblink.ParseRules(o.Blocks, &mp)
	if err != nil {
		return nil, err
	}
	out := &Result{}
	names := map[string]string{}
	for _, f := range files {
		name := ListName(f.Name)
		if prev, dup := names[name]; dup {
			return nil, rastro.Errorf(rastro.EINVALID, "link: %s and %s would both be list %q: rename one", prev, f.Name, name)
		}
		names[name] = f.Name
		rs, st, err := linkage.ReadCSV(f.R, name, mp)
		if err != nil {
			return nil, err
		}
		if st.BadDates+st.BadAges+st.BadSex > 0 {
			out.Stats = append(out.Stats, FileStats{File: f.Name, ReadStats: st})
		}
		if out.Recs == nil {
			out.Recs = rs // one list: no copy of a million records
		} else {
			out.Recs = append(out.Recs, rs...)
		}
	}
	recs := out.Recs
	if !o.KeepPlaces {
		if err := dblink.ResolvePlaces(recs); err != nil {
			return nil, err
		}
	}
	fields := linkage.Fields(mp, o.EventYear)
	if len(rules) == 0 {
		ch, err := linkage.ChooseRules(mp, recs, linkage.RuleOptions{LinkOnly: o.LinkOnly || o.OnePerList, MaxBlockPairs: o.MaxBlockPairs,
			Budget: o.PairBudget, Fields: fields, Seed: o.Seed})
		if err != nil {
			return nil, err
		}
		out.Chosen = &ch
		if rules, err = dblink.ParseRules(ch.Specs(), &mp); err != nil {
			return nil, err
		}
	}
	if out.Ledger, err = linkage.NewLedger(linkage.RefsOf(recs)); err != nil {
		return nil, err // duplicate identifiers: outputs would be ambiguous
	}
	cfg := linkage.Config{
		Fields: fields, Rules: rules, LinkOnly: o.LinkOnly, OnePerList: o.OnePerList, MaxBlockPairs: o.MaxBlockPairs,
		Seed: o.Seed, Match: o.Match, Review: o.Review, NoTermFreq: o.NoTermFreq, MaxCluster: o.MaxCluster,
	}
	if o.Decisions != nil {
		if cfg.Same, cfg.Distinct, err = ReadDecisions(*o.Decisions, out.Ledger); err != nil {
			return nil, err
		}
	}
	if out.Link, err = linkage.Link(ctx, recs, cfg); err != nil {
		return nil, err
	}
	out.Ledger.AddJoins(out.Link, time.Now())
	out.Hist = linkage.CaptureHistories(recs, out.Link.Cluster)
	return out, nil
}

// ReadDecisions reads reviewers' decisions: a CSV with columns list_a,
// id_a, list_b, id_b and decision ("same" or "distinct"; a row with an
// empty decision is skipped, so review.csv with a decision column filled
// in part works). Records are looked up in the ledger.
func ReadDecisions(f File, ledger *linkage.Ledger) (same, distinct [][2]int32, err error) {
	cr := csv.NewReader(f.R)
	cr.FieldsPerRecord = 0
	header, err := cr.Read()
	if err != nil {
		return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: %v", f.Name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, c := range []string{"list_a", "id_a", "list_b", "id_b", "decision"} {
		if _, ok := col[c]; !ok {
			return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: no column %q: want list_a, id_a, list_b, id_b, decision", f.Name, c)
		}
	}
	for line := 2; ; line++ {
		row, err := cr.Read()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: %v", f.Name, err)
		}
		get := func(c string) string { return strings.TrimSpace(row[col[c]]) }
		d := strings.ToLower(get("decision"))
		if d == "" {
			continue
		}
		a, oka := ledger.Position(linkage.Ref{List: get("list_a"), ID: get("id_a")})
		b, okb := ledger.Position(linkage.Ref{List: get("list_b"), ID: get("id_b")})
		if !oka || !okb {
			return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: line %d: no record %s:%s or %s:%s in the input", f.Name, line, get("list_a"), get("id_a"), get("list_b"), get("id_b"))
		}
		switch d {
		case "same", "match", "merged":
			same = append(same, [2]int32{int32(a), int32(b)})
		case "distinct", "non-match", "different":
			distinct = append(distinct, [2]int32{int32(a), int32(b)})
		default:
			return nil, nil, rastro.Errorf(rastro.EINVALID, "%s: line %d: decision %q: want same or distinct", f.Name, line, d)
		}
	}
	return same, distinct, nil
}

// Summary counts what a run found.
type Summary struct {
	Records    int   `json:"records"`
	Lists      int   `json:"lists"`
	Candidates int64 `json:"candidates"`
	Matches    int   `json:"matches"`
	Review     int   `json:"review"`
	Persons    int   `json:"persons"`
	// Blocks left out for having more pairs than MaxBlockPairs.
	SkippedBlocks int   `json:"skipped_blocks,omitempty"`
	SkippedPairs  int64 `json:"skipped_pairs,omitempty"`
	// The match threshold, given or chosen from the model.
	Match float64 `json:"match"`
}

// Summary counts the records, pairs, persons and review items.
func (r *Result) Summary() Summary {
	res := r.Link
	s := Summary{Records: len(r.Recs), Lists: len(r.Hist.Lists), Candidates: res.Candidates, Review: len(res.Review),
		SkippedBlocks: res.SkippedBlocks, SkippedPairs: res.SkippedPairs, Match: res.Match}
	for _, c := range res.Cluster {
		s.Persons = max(s.Persons, int(c)+1)
	}
	for _, p := range res.Pairs {
		if res.Decision(p) == "match" {
			s.Matches++
		}
	}
	return s
}

// Output is one file a run writes.
type Output struct {
	Name  string
	Write func(io.Writer) error
}

// Outputs are the files of a run, in the order rastro link writes them.
// They hold identifiers, weights and levels, never names.
func (r *Result) Outputs() []Output {
	res, recs := r.Link, r.Recs
	return []Output{
		{"pairs.csv", func(w io.Writer) error { return res.WritePairs(w, recs) }},
		{"review.csv", func(w io.Writer) error { return res.WriteReview(w, recs) }},
		{"clusters.csv", func(w io.Writer) error { return linkage.WriteClusters(w, recs, res.Cluster) }},
		{"merges.csv", r.Ledger.WriteMerges},
		{"histories.csv", r.Hist.WriteCSV},
	}
}

// WriteZip writes every output into one zip archive.
func (r *Result) WriteZip(w io.Writer) error {
	zw := zip.NewWriter(w)
	for _, o := range r.Outputs() {
		fw, err := zw.Create(o.Name)
		if err != nil {
			return err
		}
		if err := o.Write(fw); err != nil {
			return err
		}
	}
	return zw.Close()
}
