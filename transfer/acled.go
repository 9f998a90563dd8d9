package transfer

import (
	"bufio"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/sheet"
	"github.com/rastro-project/rastro/internal/textcheck"
)

// ACLEDColumns is the header of ACLED's event export, in its order; WriteACLED
// writes exactly these columns.
var ACLEDColumns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
	"source", "source_scale", "notes", "fatalities", "tags", "timestamp",
}

// acledRequired are the columns without which a row cannot become an
// incident; the others may be missing from older exports.
var acledRequired = []string{
	"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "country",
	"location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
}

// acledFields are the columns that map to fields of incidents, places and
// sources; every other column is kept in Incident.External.
var acledFields = map[string]bool{
	"event_date": true, "year": true, "time_precision": true, "disorder_type": true, "event_type": true,
	"sub_event_type": true, "admin1": true, "admin2": true, "admin3": true, "location": true,
	"latitude": true, "longitude": true, "geo_precision": true, "notes": true, "fatalities": true,
}

// IsACLEDHeader reports whether a CSV header line looks like an ACLED
// export: at least three of ACLED's column names. A file with some missing
// is still taken for one, so ReadACLED can say which column is missing.
func IsACLEDHeader(line string) bool {
	cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(line, "\ufeff")))
	cr.LazyQuotes = true
	cols, _ := cr.Read()
	n := 0
	for _, c := range cols {
		if slices.Contains(ACLEDColumns, strings.TrimSpace(c)) {
			n++
		}
	}
	return n >= 3
}

// ACLEDOptions tune ReadACLEDWith.
type ACLEDOptions struct {
	// Encoding is the file's character set: "" to detect it (UTF-8, or
	// Windows-1252 when the start of the file is not UTF-8), "utf-8", or
	// "windows-1252" ("latin-1", "iso-8859-1" and "cp1252" are read as
	// Windows-1252, of which Latin-1's printable characters are a part).
	Encoding string
	// Warn is told when a legacy encoding is detected.
	Warn func(string)
}

// sniffSize is how much of a file detection looks at.
const sniffSize = 64 << 10

// ReadACLED reads an ACLED event export with detection of its encoding
// and no warnings; see ReadACLEDWith.
func ReadACLED(r io.Reader, name string, now time.Time) (*rastro.Bundle, error) {
	return ReadACLEDWith(r, name, now, ACLEDOptions{})
}

// ReadACLEDWith reads an ACLED event export into a bundle fragment: one
// incident per row, the places they happened at (one per distinct
// location), a source for the file itself (with the SHA-256 of its bytes)
// and one for each publisher named in the source column, which the
// incidents cite. Records are numbered from 1 and stamped with now. Columns
// without a field of their own are kept in Incident.External so WriteACLED
// can give them back. Any bad row refuses the whole file; errors name the
// file, the line and the column. Every cell must be valid UTF-8 (after
// decoding a legacy encoding) without NUL characters.
func ReadACLEDWith(r io.Reader, name string, now time.Time, opt ACLEDOptions) (*rastro.Bundle, error) {
	hash := sha256.New()
	counted := &countingWriter{w: hash}
	in, err := decodeLegacy(bufio.NewReaderSize(io.TeeReader(r, counted), sniffSize), name, opt)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(in)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, invalid(name, "empty file: want an ACLED CSV with a header line")
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	for i, h := range header {
		if err := textcheck.String(h); err != nil {
			return nil, invalid(fmt.Sprintf("%s:1: column %d", name, i+1), "%s", textError(err))
		}
	}
	a := &acledReader{name: name, now: now.UTC(), col: map[string]int{}, b: &rastro.Bundle{
		Format: rastro.BundleFormat, Version: rastro.BundleVersion,
	}}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := a.col[h]; dup {
			return nil, invalid(name+":1", "column %q appears twice", h)
		}
		a.col[h] = i
		a.header = append(a.header, h)
	}
	for _, c := range acledRequired {
		if _, ok := a.col[c]; !ok {
			return nil, invalid(name+":1", "missing column %q (an ACLED export has %s)", c, strings.Join(acledRequired, ", "))
		}
	}
	dataset := a.source(rastro.SourceDataset, "ACLED export "+filepath.Base(name), "ACLED")
	a.places = map[string]int64{}
	a.publishers = map[string]int64{}
	a.events = map[string]int{}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if err := a.row(row, line, dataset); err != nil {
			return nil, err
		}
	}
	ds := a.b.Sources[0]
	ds.SHA256 = hex.EncodeToString(hash.Sum(nil))
	ds.Size = counted.n
	ds.MediaType = "text/csv"
	ds.Summary = fmt.Sprintf("ACLED event data, %d events.", len(a.b.Incidents))
	if err := CheckBundle(a.b); err != nil {
		return nil, invalid(name, "%s", rastro.ErrorMessage(err))
	}
	return a.b, nil
}

type acledReader struct {
	name       string
	now        time.Time
	header     []string
	col        map[string]int
	b          *rastro.Bundle
	places     map[string]int64 // place key → ID
	publishers map[string]int64 // source name → ID
	events     map[string]int   // event_id_cnty → line
}

func (a *acledReader) record(id int) rastro.Record {
	return rastro.Record{ID: int64(id), Version: 1, CreatedAt: a.now, UpdatedAt: a.now}
}

func (a *acledReader) source(kind rastro.SourceKind, title, publisher string) int64 {
	s := &rastro.Source{Record: a.record(len(a.b.Sources) + 1), Kind: kind, Title: title, Publisher: publisher}
	a.b.Sources = append(a.b.Sources, s)
	return s.ID
}

// rowReader reads the cells of one row and remembers the first problem.
type rowReader struct {
	a    *acledReader
	row  []string
	line int
	err  error
}

// decodeLegacy returns the text of in: as it is for UTF-8, decoded for
// Windows-1252, declared or detected from the first sniffSize bytes.
func decodeLegacy(in *bufio.Reader, name string, opt ACLEDOptions) (io.Reader, error) {
	switch strings.ToLower(opt.Encoding) {
	case "utf-8", "utf8":
		return in, nil
	case "windows-1252", "cp1252", "latin-1", "latin1", "iso-8859-1":
		return charmap.Windows1252.NewDecoder().Reader(in), nil
	case "":
	default:
		return nil, rastro.Errorf(rastro.EINVALID, "encoding %q: want utf-8 or windows-1252 (latin-1)", opt.Encoding)
	}
	head, _ := in.Peek(sniffSize)
	if len(head) == sniffSize {
		head = head[:sniffSize-utf8.UTFMax] // a character cut at the end is no error
	}
	if utf8.Valid(head) {
		return in, nil
	}
	if opt.Warn != nil {
		opt.Warn(fmt.Sprintf("%s is not UTF-8: read as Windows-1252 (Latin-1); give the encoding if it is another", name))
	}
	return charmap.Windows1252.NewDecoder().Reader(in), nil
}

// textError describes a bad cell, saying what to do about invalid UTF-8.
func textError(err error) string {
	if strings.HasPrefix(err.Error(), "invalid UTF-8") {
		return err.Error() + "; if the file is in Latin-1 or Windows-1252, say so (rastro import --encoding windows-1252)"
	}
	return err.Error()
}

func (r *rowReader) get(col string) string {
	i, ok := r.a.col[col]
	if !ok {
		return ""
	}
	return strings.TrimSpace(sheet.Value(r.row[i]))
}

func (r *rowReader) fail(col, format string, args ...any) {
	if r.err == nil {
		r.err = invalid(fmt.Sprintf("%s:%d: %s", r.a.name, r.line, col), format, args...)
	}
}

func (r *rowReader) number(col string, min, max float64) *float64 {
	s := r.get(col)
	if s == "" {
		return nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < min || v > max {
		r.fail(col, "%q is not a number from %v to %v", s, min, max)
		return nil
	}
	return &v
}

func (r *rowReader) integer(col string, min, max int) int {
	s := r.get(col)
	if s == "" {
		return 0
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < min || v > max {
		r.fail(col, "%q is not a whole number from %d to %d", s, min, max)
	}
	return v
}

func (a *acledReader) row(row []string, line int, dataset int64) error {
	r := &rowReader{a: a, row: row, line: line}
	for i, cell := range row {
		if err := textcheck.String(cell); err != nil {
			r.fail(a.header[i], "%s", textError(err))
			return r.err
		}
	}
	event := r.get("event_id_cnty")
	if event == "" {
		r.fail("event_id_cnty", "empty event ID")
	} else if first, dup := a.events[event]; dup {
		r.fail("event_id_cnty", "event %s appears twice (first on line %d)", event, first)
	}
	a.events[event] = line
	when, date := r.when()
	lat, lon := r.number("latitude", -90, 90), r.number("longitude", -180, 180)
	if (lat == nil) != (lon == nil) {
		r.fail("longitude", "a row needs both latitude and longitude, or neither")
	}
	geo := r.integer("geo_precision", 0, 3)
	fatalities := r.integer("fatalities", 0, 1<<31-1)
	if r.err != nil {
		return r.err
	}
	inc := &rastro.Incident{
		Record:             a.record(len(a.b.Incidents) + 1),
		Title:              acledTitle(r.get("sub_event_type"), r.get("event_type"), r.get("location"), event),
		Description:        r.get("notes"),
		When:               when,
		DisorderType:       r.get("disorder_type"),
		EventType:          r.get("event_type"),
		SubEventType:       r.get("sub_event_type"),
		ReportedFatalities: fatalities,
		External:           map[string]string{},
	}
	for i, h := range a.header {
		if v := strings.TrimSpace(sheet.Value(row[i])); v != "" && !acledFields[h] {
			inc.External[h] = v
		}
	}
	if when.Start != date {
		inc.External["event_date"] = date.String()
	}
	inc.Citations = []rastro.Citation{{SourceID: dataset, Note: "ACLED event " + event}}
	names := splitSources(r.get("source"))
	for _, n := range names {
		id, ok := a.publishers[n]
		if !ok {
			id = a.source(rastro.SourceOther, n, n)
			a.b.Sources[id-1].Summary = "Named by ACLED as a source of its event data."
			a.publishers[n] = id
		}
		inc.Citations = append(inc.Citations, rastro.Citation{SourceID: id, Note: "ACLED event " + event})
	}
	if strings.Join(names, "; ") == r.get("source") {
		delete(inc.External, "source") // given back from the citations
	}
	place := rastro.Place{
		Name: r.get("location"), Admin1: r.get("admin1"), Admin2: r.get("admin2"), Admin3: r.get("admin3"),
		Latitude: lat, Longitude: lon, GeoPrecision: geo, Country: countryCode(r.get("country")),
	}
	if place.Name != "" || lat != nil {
		inc.PlaceID = a.place(place)
	}
	a.b.Incidents = append(a.b.Incidents, inc)
	return nil
}

// place returns the ID of the place, adding it the first time it is seen.
func (a *acledReader) place(p rastro.Place) int64 {
	if p.Name == "" {
		p.Name = fmt.Sprintf("%v, %v", *p.Latitude, *p.Longitude)
	}
	key := fmt.Sprintf("%q|%q|%q|%q|%q|%v|%v|%d", p.Name, p.Country, p.Admin1, p.Admin2, p.Admin3, fmtFloat(p.Latitude), fmtFloat(p.Longitude), p.GeoPrecision)
	if id, ok := a.places[key]; ok {
		return id
	}
	p.Record = a.record(len(a.b.Places) + 1)
	a.b.Places = append(a.b.Places, &p)
	a.places[key] = p.ID
	return p.ID
}

// when reads event_date, year and time_precision: 1 the day itself, 2 a
// week around the coded date, 3 only the month. It returns the range and the
// coded day.
func (r *rowReader) when() (rastro.DateRange, rastro.Date) {
	s := r.get("event_date")
	date, err := parseACLEDDate(s)
	if err != nil {
		r.fail("event_date", "%s", err)
		return rastro.DateRange{}, rastro.Date{}
	}
	if y := r.get("year"); y != "" && y != strconv.Itoa(date.Year) {
		r.fail("year", "year %s does not match event_date %s", y, date)
	}
	day := date.First()
	switch p := r.integer("time_precision", 1, 3); p {
	case 1, 0:
		return rastro.DateRange{Start: date, StartExact: true, End: date, EndExact: true}, date
	case 2:
		return rastro.DateRange{Start: rastro.DateOf(day.AddDate(0, 0, -3)), End: rastro.DateOf(day.AddDate(0, 0, 3))}, date
	default:
		return rastro.DateRange{Start: rastro.Date{Year: date.Year, Month: date.Month}}, date
	}
}

// parseACLEDDate reads the forms ACLED has used (2023-01-09, 09 January 2023
// and 09-01-2023) for years from 1900 to 2100.
func parseACLEDDate(s string) (rastro.Date, error) {
	d, err := parseACLEDDay(s)
	if err == nil && (d.Year < 1900 || d.Year > 2100) {
		return rastro.Date{}, fmt.Errorf("invalid date %q: year outside 1900-2100", s)
	}
	return d, err
}

func parseACLEDDay(s string) (rastro.Date, error) {
	if s == "" {
		return rastro.Date{}, errors.New("empty date")
	}
	if len(s) == 10 && s[4] == '-' {
		d, err := rastro.ParseDate(s)
		if err != nil {
			return d, errors.New(rastro.ErrorMessage(err))
		}
		return d, nil
	}
	for _, layout := range []string{"02 January 2006", "2 January 2006", "02-01-2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return rastro.DateOf(t), nil
		}
	}
	return rastro.Date{}, fmt.Errorf("invalid date %q: want 2023-01-09 or 09 January 2023", s)
}

func acledTitle(subEvent, event, location, id string) string {
	what := subEvent
	if what == "" {
		what = event
	}
	switch {
	case what != "" && location != "":
		return what + " in " + location
	case what != "":
		return what
	case location != "":
		return "Event in " + location
	}
	return "ACLED event " + id
}

// splitSources splits ACLED's source column ("Andina; La Republica").
func splitSources(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range strings.Split(s, ";") {
		if n = strings.TrimSpace(n); n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return invalid(fmt.Sprintf("%s:%d", name, pe.Line), "malformed CSV in column %d: %s", pe.Column, pe.Err)
	}
	return invalid(name, "%s", err)
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return c.w.Write(p)
}

func fmtFloat(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

// countries maps the ACLED country names this project meets to ISO 3166
// codes (alpha-2 and numeric) and ACLED's region.
var countries = []struct{ name, alpha2, numeric, region string }{
	{"Peru", "PE", "604", "South America"},
	{"Bolivia", "BO", "68", "South America"},
	{"Chile", "CL", "152", "South America"},
	{"Colombia", "CO", "170", "South America"},
	{"Ecuador", "EC", "218", "South America"},
	{"Brazil", "BR", "76", "South America"},
	{"Argentina", "AR", "32", "South America"},
	{"Venezuela", "VE", "862", "South America"},
	{"Mexico", "MX", "484", "Central America"},
}

func countryCode(name string) string {
	for _, c := range countries {
		if strings.EqualFold(c.name, name) {
			return c.alpha2
		}
	}
	return ""
}
