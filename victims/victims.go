// Package victims reads a list of victims (a CSV file a newspaper, an NGO
// or an ombudsman published) into Rastro records: one source for the list,
// a person and an act for every row, each citing its row, and an incident
// for every date and place the list names. The command line and the web
// app both call it; nothing is stored until the whole file has been read
// and checked, and then in one transaction.
package victims

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/internal/fold"
	"github.com/rastro-project/rastro/linkage"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/transfer"
)

// The fields a column can fill. A name is "name" (the full name, given
// names first) or "given" with "surname" (and "surname2"); "place" is
// where the harm happened and "home" where the victim lived (UBIGEO codes
// or names the gazetteer knows); "harm" is what was done (killed, injured,
// detained, tortured, disappeared, threatened, in English or Spanish).
var fields = []string{"id", "name", "given", "surname", "surname2", "age", "sex", "birth", "date", "place", "home", "harm"}

// Options describe a list.
type Options struct {
	Map         string // field=column,… as for rastro link
	List        string // the list's name: the source's publisher, so estimate counts one list per name
	SourceTitle string // the source's title; default the list's name
	// Date is the date of the events for rows without one (YYYY, YYYY-MM
	// or YYYY-MM-DD); rows with no date fail without it.
	Date string
	// Harm is the act for rows without a harm column; default injured
	// when no harm column is mapped.
	Harm rastro.ActType
}

// Read reads a list into a bundle numbered from 1 (renumber it before
// appending it to a database that holds records). Every fault names the
// file, the line and the column.
func Read(data []byte, file string, opt Options) (*rastro.Bundle, error) {
	if strings.TrimSpace(opt.List) == "" {
		return nil, rastro.Errorf(rastro.EINVALID, "victim list: give the list's name")
	}
	cols, err := parseMap(opt.Map)
	if err != nil {
		return nil, err
	}
	var fallback rastro.Date
	if opt.Date != "" {
		if fallback, err = rastro.ParseDate(opt.Date); err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "victim list: --date %q: %v", opt.Date, err)
		}
	}
	defHarm := opt.Harm
	if defHarm != "" {
		h, ok := harmOf(string(defHarm))
		if !ok {
			return nil, rastro.Errorf(rastro.EINVALID, "victim list: harm %q: want killed, injured, detained, tortured, disappeared or threatened", defHarm)
		}
		defHarm = h
	}
	if defHarm == "" && cols["harm"] == "" {
		defHarm = rastro.ActInjured
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: empty file: want a header line", file)
	} else if err != nil {
		return nil, csvError(file, err)
	}
	index := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := index[h]; !dup {
			index[h] = i
		}
	}
	at := map[string]int{}
	for _, f := range fields { // in a fixed order, so the error is always the same
		c, mapped := cols[f]
		if !mapped {
			continue
		}
		i, ok := index[c]
		if !ok {
			return nil, rastro.Errorf(rastro.EINVALID, "%s: line 1: no column %q (mapped to %s)", file, c, f)
		}
		at[f] = i
	}
	sum := sha256.Sum256(data)
	title := opt.SourceTitle
	if title == "" {
		title = opt.List
	}
	b := &rastro.Bundle{Format: rastro.BundleFormat, Version: rastro.BundleVersion}
	b.Sources = []*rastro.Source{{Record: rastro.Record{ID: 1}, Kind: rastro.SourceDataset, Title: title,
		MediaType: "text/csv", Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:]),
		Publisher: opt.List, Summary: fmt.Sprintf("victim list %s (%s)", opt.List, file)}}
	r := reader{file: file, list: opt.List, gaz: gazetteer.Default(), places: map[string]int64{}, incidents: map[string]int64{}, b: b}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, csvError(file, err)
		}
		line, _ := cr.FieldPos(0)
		v := func(f string) (string, int) {
			i, ok := at[f]
			if !ok {
				return "", 0
			}
			_, col := cr.FieldPos(i)
			return strings.TrimSpace(row[i]), col
		}
		if err := r.row(line, v, fallback, defHarm); err != nil {
			return nil, err
		}
	}
	if len(b.Persons) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: no rows after the header", file)
	}
	return b, nil
}

type reader struct {
	file, list string
	gaz        *gazetteer.Gazetteer
	places     map[string]int64 // UBIGEO code -> place record
	incidents  map[string]int64 // date and place -> incident
	b          *rastro.Bundle
}

func (r *reader) fault(line, col int, field, format string, args ...any) error {
	return rastro.Errorf(rastro.EINVALID, "%s: line %d, column %d (%s): %s", r.file, line, col, field, fmt.Sprintf(format, args...))
}

// row turns one row into a person and an act citing it.
func (r *reader) row(line int, v func(string) (string, int), fallback rastro.Date, defHarm rastro.ActType) error {
	// Each record gets its own citation: renumbering changes them in place.
	cite := func() []rastro.Citation {
		return []rastro.Citation{{SourceID: 1, Note: fmt.Sprintf("%s line %d", r.file, line)}}
	}
	name, col := v("name")
	if name == "" {
		given, _ := v("given")
		sur, _ := v("surname")
		sur2, _ := v("surname2")
		name = strings.Join(strings.Fields(given+" "+sur+" "+sur2), " ")
		_, col = v("given")
	}
	if name == "" {
		return r.fault(line, col, "name", "no name: a victim list row needs one")
	}
	p := &rastro.Person{Record: rastro.Record{ID: int64(len(r.b.Persons) + 1)}, Name: name}
	p.Citations = cite()
	if s, col := v("age"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 130 {
			return r.fault(line, col, "age", "%q is not an age in years (0 to 130)", s)
		}
		p.Age = &n
	}
	if s, col := v("sex"); s != "" {
		switch linkage.ParseSex(s) {
		case 'f':
			p.Sex = rastro.SexFemale
		case 'm':
			p.Sex = rastro.SexMale
		default:
			return r.fault(line, col, "sex", "%q: want F or M (female, male, femenino, masculino…)", s)
		}
	}
	if s, col := v("birth"); s != "" {
		d, ok := linkage.ParsePartDate(s)
		if !ok || d.Month > 12 || d.Day > 31 {
			return r.fault(line, col, "birth", "%q is not a date (1987-03-25, 25/03/1987, 1987)", s)
		}
		p.BirthDate = rastro.Date{Year: int(d.Year), Month: time.Month(d.Month), Day: int(d.Day)}
	}
	if s, col := v("home"); s != "" {
		id, err := r.place(s)
		if err != nil {
			return r.fault(line, col, "home", "%v", err)
		}
		p.HomePlaceID = id
	}
	date := fallback
	if s, col := v("date"); s != "" {
		d, ok := linkage.ParsePartDate(s)
		if !ok || d.Month > 12 || d.Day > 31 {
			return r.fault(line, col, "date", "%q is not a date (2022-12-15, 15/12/2022, 2022)", s)
		}
		date = rastro.Date{Year: int(d.Year), Month: time.Month(d.Month), Day: int(d.Day)}
	} else if date.IsZero() {
		return r.fault(line, col, "date", "no date of the events: map a date column or give the list's date")
	}
	var placeID int64
	placeName := ""
	if s, col := v("place"); s != "" {
		id, err := r.place(s)
		if err != nil {
			return r.fault(line, col, "place", "%v", err)
		}
		placeID = id
		placeName = r.b.Places[id-1].Name
	}
	harm := defHarm
	if s, col := v("harm"); s != "" {
		var ok bool
		if harm, ok = harmOf(s); !ok {
			return r.fault(line, col, "harm", "%q: want killed, injured, detained, tortured, disappeared or threatened (or fallecido, herido, detenido…)", s)
		}
	} else if harm == "" {
		_, col := v("harm")
		return r.fault(line, col, "harm", "no harm given for this victim")
	}
	key := date.String() + "|" + strconv.FormatInt(placeID, 10)
	inc, ok := r.incidents[key]
	if !ok {
		inc = int64(len(r.b.Incidents) + 1)
		title := fmt.Sprintf("%s: victims on %s", r.list, date)
		if placeName != "" {
			title += " in " + placeName
		}
		r.b.Incidents = append(r.b.Incidents, &rastro.Incident{Record: rastro.Record{ID: inc}, Title: title,
			When: rastro.DateRange{Start: date, End: date}, PlaceID: placeID, Assertion: rastro.Assertion{Citations: cite()}})
		r.incidents[key] = inc
	}
	a := &rastro.Act{Record: rastro.Record{ID: int64(len(r.b.Acts) + 1)}, IncidentID: inc, VictimID: p.ID, Type: harm, Date: date}
	a.Citations = cite()
	if err := p.Validate(); err != nil {
		return r.fault(line, col, "person", "%v", err)
	}
	if err := a.Validate(); err != nil {
		return r.fault(line, col, "act", "%v", err)
	}
	r.b.Persons = append(r.b.Persons, p)
	r.b.Acts = append(r.b.Acts, a)
	return nil
}

// place returns the place record of a UBIGEO code or a name the gazetteer
// resolves to one place, adding it to the bundle the first time.
func (r *reader) place(s string) (int64, error) {
	code := s
	if _, ok := r.gaz.Lookup(code); !ok {
		cands := r.gaz.Resolve(s)
		switch {
		case len(cands) == 0:
			return 0, fmt.Errorf("place %q: neither a UBIGEO code nor a place name the gazetteer knows", s)
		case len(cands) > 1:
			return 0, fmt.Errorf("place %q names %d places (%s, %s…): give the UBIGEO code", s, len(cands), cands[0].Place.Ubigeo, cands[1].Place.Ubigeo)
		}
		code = cands[0].Place.Ubigeo
	}
	if id, ok := r.places[code]; ok {
		return id, nil
	}
	gp, _ := r.gaz.Lookup(code)
	p := gp.Rastro()
	p.ID = int64(len(r.b.Places) + 1)
	r.b.Places = append(r.b.Places, &p)
	r.places[code] = p.ID
	return p.ID, nil
}

// harmOf reads an act type in English or Spanish.
func harmOf(s string) (rastro.ActType, bool) {
	switch fold.Words(s) {
	case "killed", "dead", "died", "fallecido", "fallecida", "muerto", "muerta", "asesinado", "asesinada":
		return rastro.ActKilled, true
	case "injured", "wounded", "herido", "herida", "lesionado", "lesionada":
		return rastro.ActInjured, true
	case "detained", "arrested", "detenido", "detenida":
		return rastro.ActDetained, true
	case "tortured", "torturado", "torturada":
		return rastro.ActTortured, true
	case "disappeared", "desaparecido", "desaparecida":
		return rastro.ActDisappeared, true
	case "threatened", "amenazado", "amenazada":
		return rastro.ActThreatened, true
	}
	return "", false
}

func parseMap(s string) (map[string]string, error) {
	cols := map[string]string{}
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		f, c, ok := strings.Cut(item, "=")
		f, c = strings.TrimSpace(f), strings.TrimSpace(c)
		switch {
		case !ok || f == "" || c == "":
			return nil, rastro.Errorf(rastro.EINVALID, "column mapping %q: want field=column", item)
		case !slices.Contains(fields, f):
			return nil, rastro.Errorf(rastro.EINVALID, "column mapping: unknown field %q: want one of %s", f, strings.Join(fields, ", "))
		case cols[f] != "":
			return nil, rastro.Errorf(rastro.EINVALID, "column mapping names field %q twice", f)
		}
		cols[f] = c
	}
	if cols["name"] == "" && cols["given"] == "" && cols["surname"] == "" {
		return nil, rastro.Errorf(rastro.EINVALID, "column mapping: map name (the full name) or given and surname")
	}
	return cols, nil
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return rastro.Errorf(rastro.EINVALID, "%s: line %d, column %d: %v", file, pe.Line, pe.Column, pe.Err)
	}
	return rastro.Errorf(rastro.EINVALID, "%s: %v", file, err)
}

// Import reads a list and appends it to the database in one transaction,
// refusing a file imported before (a source with the same SHA-256). Like
// an ACLED import, a list brings its own place records.
func Import(ctx context.Context, db *sqldb.DB, data []byte, file string, opt Options) (*rastro.Bundle, error) {
	b, err := Read(data, file, opt)
	if err != nil {
		return nil, err
	}
	digest := b.Sources[0].SHA256
	same, _, err := db.Sources().List(ctx, rastro.SourceFilter{SHA256: &digest, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(same) > 0 {
		return nil, rastro.Errorf(rastro.ECONFLICT, "%s was imported before (source %d has the same SHA-256); nothing was imported", file, same[0].ID)
	}
	after, err := db.MaxIDs(ctx)
	if err != nil {
		return nil, err
	}
	transfer.Renumber(b, after)
	if err := db.Append(ctx, b); err != nil {
		return nil, err
	}
	return b, nil
}
