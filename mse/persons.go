package mse

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/rastro-project/rastro"
)

// PersonsOptions name the columns of a long-format file: one row per record
// of a linked person on a list, as `rastro link` writes clusters.csv
// (person,list,id,line). Other columns are ignored.
type PersonsOptions struct {
	Person   string // column with the linked person's identifier; default "person"
	List     string // column with the list the record comes from; default "list"
	Stratify string // optional column: place, period or perpetrator of the person
}

// ReadPersons builds capture histories from linked records: a person is on
// every list one of their records comes from. Lists are ordered by name. A
// person whose records disagree on the stratum is refused, since a person
// counts in one stratum only.
func ReadPersons(r io.Reader, opt PersonsOptions) (*Strata, error) {
	if opt.Person == "" {
		opt.Person = "person"
	}
	if opt.List == "" {
		opt.List = "list"
	}
	cr := csv.NewReader(bufio.NewReader(r))
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, rastro.Errorf(rastro.EINVALID, "csv: empty file, want a header with %q and %q columns", opt.Person, opt.List)
	}
	if err != nil {
		return nil, csvError(err)
	}
	col := func(name string) int {
		for i, h := range header {
			if strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")), strings.TrimSpace(name)) {
				return i
			}
		}
		return -1
	}
	pc, lc, sc := col(opt.Person), col(opt.List), -1
	if pc < 0 || lc < 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "csv line 1: want columns %q and %q", opt.Person, opt.List)
	}
	if opt.Stratify != "" {
		if sc = col(opt.Stratify); sc < 0 {
			return nil, rastro.Errorf(rastro.EINVALID, "csv line 1: no column %q to stratify by", opt.Stratify)
		}
	}
	type person struct {
		lists   uint // bit i: list index i in order of first appearance
		stratum string
		line    int
	}
	persons := map[string]*person{}
	var order []string // persons in order of first appearance
	var lists []string
	err = eachRow(cr, func(line int, rec []string) error {
		need := max(pc, lc, sc)
		if len(rec) <= need {
			return rastro.Errorf(rastro.EINVALID, "csv line %d: %d fields, want at least %d", line, len(rec), need+1)
		}
		id, list := strings.TrimSpace(rec[pc]), strings.TrimSpace(rec[lc])
		if id == "" || list == "" {
			return rastro.Errorf(rastro.EINVALID, "csv line %d: empty %s", line, map[bool]string{true: "person", false: "list"}[id == ""])
		}
		li := slices.Index(lists, list)
		if li < 0 {
			if len(lists) == MaxLists {
				return rastro.Errorf(rastro.EINVALID, "csv line %d: list %q is list number %d; at most %d lists", line, list, MaxLists+1, MaxLists)
			}
			lists = append(lists, list)
			li = len(lists) - 1
		}
		stratum := ""
		if sc >= 0 {
			stratum = strings.TrimSpace(rec[sc])
		}
		p := persons[id]
		if p == nil {
			p = &person{stratum: stratum, line: line}
			persons[id] = p
			order = append(order, id)
		} else if p.stratum != stratum {
			return rastro.Errorf(rastro.EINVALID, "csv line %d: person %q is in stratum %q here and %q on line %d", line, id, stratum, p.stratum, p.line)
		}
		p.lists |= 1 << uint(li)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(lists) < 2 {
		return nil, rastro.Errorf(rastro.EINVALID, "csv: %d lists, want at least 2", len(lists))
	}
	// Lists in name order, as rastro link writes histories.
	sorted := slices.Clone(lists)
	slices.Sort(sorted)
	remap := make([]int, len(lists))
	for i, l := range lists {
		remap[i] = slices.Index(sorted, l)
	}
	k := len(sorted)
	st := &Strata{By: map[string]*Histories{}}
	for _, id := range order {
		p := persons[id]
		var m uint
		for i := range lists {
			if p.lists&(1<<uint(i)) != 0 {
				m |= 1 << uint(remap[i])
			}
		}
		h := st.By[p.stratum]
		if h == nil {
			h = &Histories{Lists: k, Names: sorted, Counts: make([]float64, 1<<k-1)}
			st.By[p.stratum] = h
			st.Names = append(st.Names, p.stratum)
		}
		h.Counts[h.Row(m)]++
	}
	return st, nil
}
