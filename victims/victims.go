// Package victims reads a victim list (a CSV file from an ombudsman, a
// hospital, a human-rights group) through a column mapping into records: a
// source for the list, and per row a person and an act in an incident, each
// citing the row. Bad rows are refused naming their line and column, and
// nothing is stored unless every row is good. The command line and the web
// app both import through Import.
package victims

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/labels"
	"github.com/rastro-project/rastro/sqldb"
)

// The fields a mapping fills. A name is either one column (name) or given
// names and surnames apart; incident and type may instead come from
// Options for the whole list.
const (
	FieldName       = "name"
	FieldGiven      = "given"
	FieldSurname    = "surname"
	FieldAge        = "age"
	FieldSex        = "sex"
	FieldOccupation = "occupation"
	FieldIncident   = "incident" // the incident's record number
	FieldType       = "type"     // killed, injured… (or the Spanish words)
	FieldDate       = "date"     // when it happened to this person, if not the incident's day
	FieldMunition   = "munition"
	FieldNote       = "note" // kept as the act's description
)

// Fields lists every field, in the order forms show them.
var Fields = []string{FieldName, FieldGiven, FieldSurname, FieldAge, FieldSex, FieldOccupation, FieldIncident, FieldType, FieldDate, FieldMunition, FieldNote}

// Mapping says which column (by its header) fills which field.
type Mapping map[string]string

// ParseMapping reads "name=nombre,age=edad,incident=incidente".
func ParseMapping(s string) (Mapping, error) {
	m := Mapping{}
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		field, col, ok := strings.Cut(item, "=")
		field, col = strings.TrimSpace(field), strings.TrimSpace(col)
		if !ok || field == "" || col == "" {
			return nil, rastro.Errorf(rastro.EINVALID, "column mapping %q: want field=column", item)
		}
		if !slices.Contains(Fields, field) {
			return nil, rastro.Errorf(rastro.EINVALID, "column mapping: unknown field %q (fields: %s)", field, strings.Join(Fields, ", "))
		}
		if _, dup := m[field]; dup {
			return nil, rastro.Errorf(rastro.EINVALID, "column mapping: field %q mapped twice", field)
		}
		m[field] = col
	}
	return m, nil
}

// String writes the mapping back as ParseMapping reads it, in field order.
func (m Mapping) String() string {
	var parts []string
	for _, f := range Fields {
		if c, ok := m[f]; ok {
			parts = append(parts, f+"="+c)
		}
	}
	return strings.Join(parts, ",")
}

// Options hold what the whole list shares.
type Options struct {
	Name      string         // the file's name, for messages and the source's default title
	Title     string         // the source's title (default: the file name)
	Publisher string         // who compiled the list
	Incident  int64          // the incident of rows without an incident column
	Type      rastro.ActType // what happened, for rows without a type column (default killed)
	Protected bool           // seal the persons' identities
	Tags      rastro.Tags    // tags on every person and act
}

// Header reads the list's column names (the first row), for a mapping form.
func Header(data []byte) ([]string, error) {
	r := newReader(data)
	h, err := r.Read()
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "the list has no header row: %v", csvError(err))
	}
	for i := range h {
		h[i] = strings.TrimSpace(h[i])
	}
	return h, nil
}

// Guess proposes a mapping from the header's words (Spanish or English),
// for the form to start from.
func Guess(header []string) Mapping {
	words := map[string][]string{
		FieldName: {"name", "nombre", "nombre completo", "nombres y apellidos", "victima", "víctima"}, FieldGiven: {"given", "nombres", "given name", "first name"},
		FieldSurname: {"surname", "apellidos", "last name"}, FieldAge: {"age", "edad"}, FieldSex: {"sex", "sexo", "genero", "género"},
		FieldOccupation: {"occupation", "ocupacion", "ocupación", "oficio"}, FieldIncident: {"incident", "incidente"},
		FieldType: {"type", "tipo", "daño", "dano", "harm", "situacion", "situación"}, FieldDate: {"date", "fecha"},
		FieldMunition: {"munition", "municion", "munición", "arma"}, FieldNote: {"note", "nota", "observaciones", "notes"},
	}
	m := Mapping{}
	for _, f := range Fields {
		for _, h := range header {
			if slices.Contains(words[f], strings.ToLower(strings.TrimSpace(h))) {
				m[f] = h
				break
			}
		}
	}
	if m[FieldName] != "" {
		delete(m, FieldGiven)
		delete(m, FieldSurname)
	}
	return m
}

// Read turns the list into rows of a person and an act, checking every row
// first: the first bad one is refused with its line and column.
func Read(data []byte, m Mapping, o Options) ([]sqldb.VictimRow, error) {
	name := o.Name
	if name == "" {
		name = "the list"
	}
	data = bytes.TrimPrefix(data, bom)
	if !utf8.Valid(data) {
		return nil, rastro.Errorf(rastro.EINVALID, "%s is not UTF-8 text: save the list as CSV UTF-8", name)
	}
	header, err := Header(data)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: %s", name, rastro.ErrorMessage(err))
	}
	col := map[string]int{}
	for _, f := range Fields {
		c, ok := m[f]
		if !ok {
			continue
		}
		i := slices.Index(header, c)
		if i < 0 {
			return nil, rastro.Errorf(rastro.EINVALID, "%s has no column %q (for %s); its columns are %s", name, c, f, strings.Join(header, ", "))
		}
		col[f] = i
	}
	_, hasName := col[FieldName]
	_, hasGiven := col[FieldGiven]
	_, hasSurname := col[FieldSurname]
	switch {
	case !hasName && !hasGiven && !hasSurname:
		return nil, rastro.Errorf(rastro.EINVALID, "map a column to name, or to given and surname: the persons need names")
	case hasName && (hasGiven || hasSurname):
		return nil, rastro.Errorf(rastro.EINVALID, "map either name or given and surname, not both")
	}
	if _, ok := col[FieldIncident]; !ok && o.Incident <= 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "map a column to incident, or choose the incident of the whole list")
	}
	defType := o.Type
	if defType == "" {
		defType = rastro.ActKilled
	}
	tags, err := rastro.NormalizeTags(o.Tags)
	if err != nil {
		return nil, err
	}

	r := newReader(data)
	r.Read() // the header, read above
	var rows []sqldb.VictimRow
	for {
		start := r.InputOffset()
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "%s: %v; nothing was imported", name, csvError(err))
		}
		line, _ := r.FieldPos(0)
		end := r.InputOffset()
		if isBlank(rec) {
			continue
		}
		get := func(f string) string {
			if i, ok := col[f]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		bad := func(f, format string, args ...any) error {
			return rastro.Errorf(rastro.EINVALID, "%s, line %d, column %q: %s; nothing was imported", name, line, m[f], fmt.Sprintf(format, args...))
		}
		row := sqldb.VictimRow{Line: line, Person: &rastro.Person{Protected: o.Protected, Tags: tags}, Act: &rastro.Act{Tags: tags}}
		p, a := row.Person, row.Act
		if hasName {
			p.Name = strings.Join(strings.Fields(get(FieldName)), " ")
			if p.Name == "" {
				return nil, bad(FieldName, "the name is empty")
			}
		} else {
			p.Name = strings.Join(strings.Fields(get(FieldGiven)+" "+get(FieldSurname)), " ")
			if p.Name == "" {
				f := FieldGiven
				if !hasGiven {
					f = FieldSurname
				}
				return nil, bad(f, "the name is empty")
			}
		}
		if s := get(FieldAge); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 || n > 130 {
				return nil, bad(FieldAge, "%q is not an age in years", s)
			}
			p.Age = &n
		}
		if s := get(FieldSex); s != "" {
			v, ok := parseSex(s)
			if !ok {
				return nil, bad(FieldSex, "%q is not a sex this import knows (female, male, other; mujer, hombre; F, M)", s)
			}
			p.Sex = v
		}
		p.Occupation = get(FieldOccupation)
		a.IncidentID = o.Incident
		if s := get(FieldIncident); s != "" {
			n, err := strconv.ParseInt(strings.TrimPrefix(s, "#"), 10, 64)
			if err != nil || n <= 0 {
				return nil, bad(FieldIncident, "%q is not an incident number", s)
			}
			a.IncidentID = n
		} else if a.IncidentID <= 0 {
			return nil, bad(FieldIncident, "no incident, and none chosen for the whole list")
		}
		a.Type = defType
		if s := get(FieldType); s != "" {
			v, ok := parseHarm(s)
			if !ok {
				return nil, bad(FieldType, "%q is not a harm this import knows (killed, injured, detained…; muerte, herida…)", s)
			}
			a.Type = rastro.ActType(v)
		}
		if s := get(FieldDate); s != "" {
			d, err := rastro.ParseDate(s)
			if err != nil {
				return nil, bad(FieldDate, "%s", rastro.ErrorMessage(err))
			}
			a.Date = d
		}
		if s := get(FieldMunition); s != "" {
			v, ok := labels.Parse("munition", s)
			if !ok {
				return nil, bad(FieldMunition, "%q is not a munition this import knows (live ammunition, pellets…; munición letal, perdigones…)", s)
			}
			a.Munition = rastro.Munition(v)
		}
		a.Description = get(FieldNote)
		if err := errors.Join(p.Validate(), a.Validate()); err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "%s, line %d: %s; nothing was imported", name, line, rastro.ErrorMessage(err))
		}
		// Both records cite the row: its bytes in the list and its line (the
		// store sets the source).
		cite := rastro.Citation{Start: int(start), End: int(end), Note: fmt.Sprintf("row on line %d", line)}
		for _, pe := range []*rastro.Assertion{&p.Assertion, &a.Assertion} {
			pe.Citations = []rastro.Citation{cite}
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "%s has no rows under its header", name)
	}
	return rows, nil
}

// Result says what an import stored.
type Result struct {
	Source  *rastro.Source `json:"source"`
	Persons []int64        `json:"persons"`
	Acts    []int64        `json:"acts"`
}

// Import reads the list and stores it in one transaction (see Read and
// sqldb.AddVictimList): on any error nothing is stored.
func Import(ctx context.Context, db *sqldb.DB, data []byte, m Mapping, o Options) (*Result, error) {
	data = bytes.TrimPrefix(data, bom) // the citations' offsets count from after it
	rows, err := Read(data, m, o)
	if err != nil {
		return nil, err
	}
	title := strings.TrimSpace(o.Title)
	if title == "" {
		title = filepath.Base(o.Name)
	}
	if title == "" || title == "." {
		title = "Victim list"
	}
	src := &rastro.Source{Kind: rastro.SourceDataset, Title: title, Publisher: o.Publisher, MediaType: "text/csv",
		Text: string(data), Tags: o.Tags}
	if err := db.AddVictimList(ctx, src, data, rows); err != nil {
		if o.Name != "" && !strings.HasPrefix(rastro.ErrorMessage(err), o.Name) {
			return nil, rastro.Errorf(rastro.ErrorCode(err), "%s: %s", o.Name, rastro.ErrorMessage(err))
		}
		return nil, err
	}
	res := &Result{Source: src}
	for _, r := range rows {
		res.Persons = append(res.Persons, r.Person.ID)
		res.Acts = append(res.Acts, r.Act.ID)
	}
	return res, nil
}

// bom is the byte-order mark spreadsheets put before UTF-8 text.
var bom = []byte("\xef\xbb\xbf")

func newReader(data []byte) *csv.Reader {
	data = bytes.TrimPrefix(data, bom)
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
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

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("line %d, column %d: %v", pe.Line, pe.Column, pe.Err)
	}
	return err
}

func isBlank(rec []string) bool {
	for _, s := range rec {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

func parseSex(s string) (rastro.Sex, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "f", "fem", "femenino", "mujer":
		return rastro.SexFemale, true
	case "m", "masc", "masculino", "hombre", "varón", "varon":
		return rastro.SexMale, true
	}
	v, ok := labels.Parse("sex", s)
	return rastro.Sex(v), ok
}

// harmWords are how lists write what happened, beyond the catalogue's names.
var harmWords = map[string]rastro.ActType{
	"muerto": rastro.ActKilled, "muerta": rastro.ActKilled, "fallecido": rastro.ActKilled, "fallecida": rastro.ActKilled, "dead": rastro.ActKilled,
	"herido": rastro.ActInjured, "herida": rastro.ActInjured, "herido/a": rastro.ActInjured, "lesionado": rastro.ActInjured, "lesionada": rastro.ActInjured,
	"detenido": rastro.ActDetained, "detenida": rastro.ActDetained, "torturado": rastro.ActTortured, "torturada": rastro.ActTortured,
	"desaparecido": rastro.ActDisappeared, "desaparecida": rastro.ActDisappeared, "amenazado": rastro.ActThreatened, "amenazada": rastro.ActThreatened,
}

func parseHarm(s string) (string, bool) {
	if t, ok := harmWords[strings.ToLower(strings.TrimSpace(s))]; ok {
		return string(t), true
	}
	return labels.Parse("act", s)
}

// Preview gives up to n rows under the header, as read, for a mapping form
// to show; a row that does not parse ends the preview.
func Preview(data []byte, n int) [][]string {
	r := newReader(data)
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
