// Package victims reads a list of victims (a CSV file a newspaper, an NGO,
// a hospital or an ombudsman published) into Rastro records: one source for
// the list, keeping its bytes, a person and an act for every row, each
// citing its row, and an incident for every date and place the list names.
// The command line (rastro import victims) and the web app (/victims/import
// and its API) both call Import; nothing is stored until the whole file has
// been read and checked, and then in one transaction.
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
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/internal/fold"
	"github.com/rastro-project/rastro/linkage"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/transfer"
)

// Fields are the fields a column can fill, in the order forms show them. A
// name is "name" (the full name, given names first) or "given" with
// "surname" (and "surname2"); "place" is where the harm happened and "home"
// where the victim lived (UBIGEO codes or names the gazetteer knows);
// "harm" is what was done (killed, injured, detained, tortured,
// disappeared, threatened, in English or Spanish).
var Fields = []string{"id", "name", "given", "surname", "surname2", "age", "sex", "birth", "date", "place", "home", "harm"}

// Mapping says which column (by its header) fills which field.
type Mapping map[string]string

// ParseMapping reads "name=nombre,age=edad,…", as --map gives it.
func ParseMapping(s string) (Mapping, error) {
	m := Mapping{}
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		f, c, ok := strings.Cut(item, "=")
		f, c = strings.TrimSpace(f), strings.TrimSpace(c)
		switch {
		case !ok || f == "" || c == "":
			return nil, rastro.Errorf(rastro.EINVALID, "column mapping %q: want field=column", item)
		case m[f] != "":
			return nil, rastro.Errorf(rastro.EINVALID, "column mapping names field %q twice", f)
		}
		m[f] = c
	}
	return m, m.check()
}

// check refuses unknown fields and a mapping without a name.
func (m Mapping) check() error {
	for f := range m {
		if !slices.Contains(Fields, f) {
			return rastro.Errorf(rastro.EINVALID, "column mapping: unknown field %q: want one of %s", f, strings.Join(Fields, ", "))
		}
	}
	if m["name"] == "" && m["given"] == "" && m["surname"] == "" {
		return rastro.Errorf(rastro.EINVALID, "column mapping: map name (the full name) or given and surname")
	}
	return nil
}

// String writes the mapping as ParseMapping reads it, in field order.
func (m Mapping) String() string {
	var parts []string
	for _, f := range Fields {
		if c := m[f]; c != "" {
			parts = append(parts, f+"="+c)
		}
	}
	return strings.Join(parts, ",")
}

// Options describe a list.
type Options struct {
	Map         Mapping // field → column
	List        string  // the list's name: the source's publisher, so estimate counts one list per name
	SourceTitle string  // the source's title; default the list's name
	// Date is the date of the events for rows without one (YYYY, YYYY-MM
	// or YYYY-MM-DD); rows with no date fail without it.
	Date string
	// Harm is the act for rows without a harm column; default injured
	// when no harm column is mapped.
	Harm      rastro.ActType
	Protected bool        // seal the persons' identities
	Tags      rastro.Tags // tags on the source and every record the list adds
	// Lang is the language of the titles the import writes (en or es;
	// default en): the incidents' titles are records, not interface words.
	Lang string
}

// Header reads the list's column names (the first row), for a mapping form.
func Header(data []byte) ([]string, error) {
	h, err := newReader(data).Read()
	if err == io.EOF {
		return nil, rastro.Errorf(rastro.EINVALID, "empty file: want a header line")
	} else if err != nil {
		return nil, csvError("the list", err)
	}
	for i := range h {
		h[i] = strings.TrimSpace(h[i])
	}
	return h, nil
}

// guessWords are the headers (folded) Guess takes for each field.
var guessWords = map[string][]string{
	"name":  {"name", "nombre", "nombre completo", "nombres y apellidos", "apellidos y nombres", "victima"},
	"given": {"given", "given name", "first name", "nombres"}, "surname": {"surname", "last name", "apellidos", "apellido paterno"},
	"surname2": {"surname2", "apellido materno"}, "age": {"age", "edad", "anos"}, "sex": {"sex", "sexo", "genero"},
	"birth": {"birth", "date of birth", "nacimiento", "fecha de nacimiento"}, "date": {"date", "fecha", "fecha de los hechos"},
	"place": {"place", "lugar", "ubigeo", "distrito", "lugar de los hechos"}, "home": {"home", "domicilio", "procedencia", "residencia"},
	"harm": {"harm", "type", "situacion", "estado", "dano", "tipo"},
}

// Guess proposes a mapping from the header's words (Spanish or English),
// for the form to start from.
func Guess(header []string) Mapping {
	m := Mapping{}
	for _, f := range Fields {
		for _, h := range header {
			if slices.Contains(guessWords[f], fold.Words(h)) {
				m[f] = h
				break
			}
		}
	}
	if m["name"] != "" {
		delete(m, "given")
		delete(m, "surname")
		delete(m, "surname2")
	}
	return m
}

// Preview gives up to n rows under the header, as read, for a mapping form
// to show; a row that does not parse ends the preview.
func Preview(data []byte, n int) [][]string {
	r := newReader(data)
	r.FieldsPerRecord = -1
	var out [][]string
	if _, err := r.Read(); err != nil {
		return nil
	}
	for len(out) < n {
		rec, err := r.Read()
		if err != nil {
			break
		}
		if !isBlank(rec) {
			out = append(out, rec)
		}
	}
	return out
}

// Read reads a list into a bundle numbered from 1 (renumber it before
// appending it to a database that holds records). Every fault names the
// file (default "the list"), the line and the column.
func Read(data []byte, file string, opt Options) (*rastro.Bundle, error) {
	if file == "" {
		file = "the list"
	}
	if strings.TrimSpace(opt.List) == "" {
		return nil, rastro.Errorf(rastro.EINVALID, "victim list: give the list's name")
	}
	if err := opt.Map.check(); err != nil {
		return nil, err
	}
	cols := opt.Map
	var fallback rastro.Date
	var err error
	if opt.Date != "" {
		if fallback, err = rastro.ParseDate(opt.Date); err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "victim list: date %q: %v", opt.Date, err)
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
	lang, err := titleLang(opt.Lang)
	if err != nil {
		return nil, err
	}
	if defHarm == "" && cols["harm"] == "" {
		defHarm = rastro.ActInjured
	}
	tags, err := rastro.NormalizeTags(opt.Tags)
	if err != nil {
		return nil, err
	}
	text := bytes.TrimPrefix(data, bom) // what the citations' offsets count in
	if !utf8.Valid(text) {
		return nil, rastro.Errorf(rastro.EINVALID, "%s is not UTF-8 text: save the list as CSV UTF-8", file)
	}
	if i := bytes.IndexByte(text, 0); i >= 0 { // PostgreSQL refuses what SQLite would store
		return nil, rastro.Errorf(rastro.EINVALID, "%s: line %d: NUL character: save the list as CSV UTF-8 text", file, 1+bytes.Count(text[:i], []byte("\n")))
	}
	cr := newReader(text)
	header, err := cr.Read()
	if err == io.EOF {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: empty file: want a header line", file)
	} else if err != nil {
		return nil, csvError(file, err)
	}
	index := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		if _, dup := index[h]; !dup {
			index[h] = i
		}
	}
	at := map[string]int{}
	for _, f := range Fields { // in a fixed order, so the error is always the same
		c, mapped := cols[f]
		if !mapped || c == "" {
			continue
		}
		i, ok := index[c]
		if !ok {
			return nil, rastro.Errorf(rastro.EINVALID, "%s: line 1: no column %q (mapped to %s); its columns are %s", file, c, f, strings.Join(header, ", "))
		}
		at[f] = i
	}
	sum := sha256.Sum256(data)
	title := opt.SourceTitle
	if title == "" {
		title = opt.List
	}
	b := &rastro.Bundle{Format: rastro.BundleFormat, Version: rastro.BundleVersion, SourceContent: map[int64][]byte{1: data}}
	b.Sources = []*rastro.Source{{Record: rastro.Record{ID: 1}, Kind: rastro.SourceDataset, Title: title,
		MediaType: "text/csv", Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:]), Text: string(text),
		Publisher: opt.List, Summary: listSummary(lang, opt.List, file), Tags: tags}}
	r := reader{file: file, list: opt.List, lang: lang, cols: cols, gaz: gazetteer.Default(), places: map[string]int64{}, incidents: map[string]int64{},
		b: b, protected: opt.Protected, tags: tags}
	for {
		start := cr.InputOffset()
		row, err := cr.Read()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, csvError(file, err)
		}
		if isBlank(row) { // spreadsheets write rows of empty cells
			continue
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
		span := rastro.Citation{SourceID: 1, Start: int(start), End: int(cr.InputOffset()), Note: fmt.Sprintf("%s line %d", file, line)}
		if err := r.row(line, v, span, fallback, defHarm); err != nil {
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
	lang       string // of the titles the import writes
	cols       Mapping
	gaz        *gazetteer.Gazetteer
	places     map[string]int64 // UBIGEO code -> place record
	incidents  map[string]int64 // date and place -> incident
	b          *rastro.Bundle
	protected  bool
	tags       rastro.Tags
}

// fault names the line, the column (its number and header) and the field.
func (r *reader) fault(line, col int, field, format string, args ...any) error {
	where := fmt.Sprintf("line %d, column %d", line, col)
	if h := r.cols[field]; h != "" {
		where += fmt.Sprintf(" %q", h)
	}
	return rastro.Errorf(rastro.EINVALID, "%s: %s (%s): %s; nothing was imported", r.file, where, field, fmt.Sprintf(format, args...))
}

// row turns one row into a person and an act citing it.
func (r *reader) row(line int, v func(string) (string, int), span rastro.Citation, fallback rastro.Date, defHarm rastro.ActType) error {
	// Each record gets its own citation: renumbering changes them in place.
	cite := func() []rastro.Citation { return []rastro.Citation{span} }
	field := "name"
	name, col := v("name")
	if name == "" {
		given, _ := v("given")
		sur, _ := v("surname")
		sur2, _ := v("surname2")
		name = strings.Join(strings.Fields(given+" "+sur+" "+sur2), " ")
		field = "given"
		if r.cols["given"] == "" {
			field = "surname"
		}
		_, col = v(field)
	}
	if name == "" {
		return r.fault(line, col, field, "no name: a victim list row needs one")
	}
	p := &rastro.Person{Record: rastro.Record{ID: int64(len(r.b.Persons) + 1)}, Name: name, Protected: r.protected, Tags: r.tags}
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
		title := incidentTitle(r.lang, r.list, date.String(), placeName)
		r.b.Incidents = append(r.b.Incidents, &rastro.Incident{Record: rastro.Record{ID: inc}, Title: title,
			When: rastro.DateRange{Start: date, End: date}, PlaceID: placeID, Assertion: rastro.Assertion{Citations: cite()}, Tags: r.tags})
		r.incidents[key] = inc
	}
	a := &rastro.Act{Record: rastro.Record{ID: int64(len(r.b.Acts) + 1)}, IncidentID: inc, VictimID: p.ID, Type: harm, Date: date, Tags: r.tags}
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
	case "killed", "dead", "died", "fallecido", "fallecida", "muerto", "muerta", "muerte", "asesinado", "asesinada":
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

// bom is the byte-order mark spreadsheets put before UTF-8 text.
var bom = []byte("\xef\xbb\xbf")

func newReader(data []byte) *csv.Reader {
	data = bytes.TrimPrefix(data, bom)
	r := csv.NewReader(bytes.NewReader(data))
	r.TrimLeadingSpace = true
	r.Comma = sniffComma(data)
	return r
}

// sniffComma takes the separator the header uses most: Spanish spreadsheets
// write semicolons.
func sniffComma(data []byte) rune {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		return ';'
	}
	return ','
}

func isBlank(rec []string) bool {
	for _, s := range rec {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return rastro.Errorf(rastro.EINVALID, "%s: line %d, column %d: %v", file, pe.Line, pe.Column, pe.Err)
	}
	return rastro.Errorf(rastro.EINVALID, "%s: %v", file, err)
}

// Result says what an import added, by record number.
type Result struct {
	Source    *rastro.Source `json:"source"`
	Persons   []int64        `json:"persons"`
	Acts      []int64        `json:"acts"`
	Incidents []int64        `json:"incidents"`
	Places    []int64        `json:"places"`
}

// Import reads a list and appends it to the database in one transaction,
// refusing a file imported before (a source with the same SHA-256). Like
// an ACLED import, a list brings its own place records.
func Import(ctx context.Context, db *sqldb.DB, data []byte, file string, opt Options) (*Result, error) {
	b, err := Read(data, file, opt)
	if err != nil {
		return nil, err
	}
	if file == "" {
		file = "the list"
	}
	digest := b.Sources[0].SHA256
	same, _, err := db.Sources().List(ctx, rastro.SourceFilter{SHA256: &digest, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(same) > 0 {
		return nil, rastro.Errorf(rastro.ECONFLICT, "%s was imported before (source %d, %q, has the same SHA-256); nothing was imported", file, same[0].ID, same[0].Title)
	}
	after, err := db.MaxIDs(ctx)
	if err != nil {
		return nil, err
	}
	transfer.Renumber(b, after)
	if err := db.Append(ctx, b); err != nil {
		return nil, err
	}
	res := &Result{Source: b.Sources[0]}
	for _, p := range b.Persons {
		res.Persons = append(res.Persons, p.ID)
	}
	for _, a := range b.Acts {
		res.Acts = append(res.Acts, a.ID)
	}
	for _, i := range b.Incidents {
		res.Incidents = append(res.Incidents, i.ID)
	}
	for _, p := range b.Places {
		res.Places = append(res.Places, p.ID)
	}
	return res, nil
}
