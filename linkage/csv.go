package linkage

import (
	"encoding/csv"
	"errors"
	"io"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/rastro-project/rastro/internal/fold"

	"github.com/rastro-project/rastro"
)

// The fields a column mapping can fill. Extra fields are named "extra.NAME"
// and compared as plain strings (an address, a document number).
const (
	FieldID       = "id"
	FieldList     = "list"
	FieldGiven    = "given"
	FieldSurname  = "surname"  // all surnames, or the paternal one when surname2 is mapped
	FieldSurname2 = "surname2" // the maternal surname, when a list keeps it apart
	FieldBirth    = "birth"
	FieldAge      = "age"
	FieldSex      = "sex"
	FieldPlace    = "place" // UBIGEO code or place name
	extraPrefix   = "extra."
)

var knownFields = []string{FieldID, FieldList, FieldGiven, FieldSurname, FieldSurname2, FieldBirth, FieldAge, FieldSex, FieldPlace}

// Mapping says which CSV column fills which field.
type Mapping struct {
	Columns map[string]string // field → column
	Extra   []string          // extra field names (without "extra."), in the order given
	// Raw lists columns kept verbatim (trimmed) for blocking rules that name
	// a column: equality of what the list wrote, not of folded values.
	Raw []string
}

// keepRaw adds a column to those kept verbatim and returns its index.
func (m *Mapping) keepRaw(col string) int {
	if i := slices.Index(m.Raw, col); i >= 0 {
		return i
	}
	m.Raw = append(m.Raw, col)
	return len(m.Raw) - 1
}

// ParseMapping reads "given=given_name,surname=surname,extra.ssn=soc_sec_id".
func ParseMapping(s string) (Mapping, error) {
	m := Mapping{Columns: map[string]string{}}
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		field, col, ok := strings.Cut(item, "=")
		field, col = strings.TrimSpace(field), strings.TrimSpace(col)
		if !ok || field == "" || col == "" {
			return Mapping{}, rastro.Errorf(rastro.EINVALID, "column mapping %q: want field=column", item)
		}
		if err := m.Set(field, col); err != nil {
			return Mapping{}, err
		}
	}
	if len(m.Columns) == 0 {
		return Mapping{}, rastro.Errorf(rastro.EINVALID, "column mapping is empty: want e.g. given=nombres,surname=apellidos")
	}
	return m, nil
}

// Set maps a field to a column.
func (m *Mapping) Set(field, column string) error {
	if m.Columns == nil {
		m.Columns = map[string]string{}
	}
	if _, dup := m.Columns[field]; dup {
		return rastro.Errorf(rastro.EINVALID, "column mapping names field %q twice", field)
	}
	if name, ok := strings.CutPrefix(field, extraPrefix); ok {
		if name == "" {
			return rastro.Errorf(rastro.EINVALID, "column mapping: extra field needs a name (extra.NAME)")
		}
		m.Extra = append(m.Extra, name)
	} else if !slices.Contains(knownFields, field) {
		return rastro.Errorf(rastro.EINVALID, "column mapping: unknown field %q: want one of %s, or extra.NAME", field, strings.Join(knownFields, ", "))
	}
	m.Columns[field] = column
	return nil
}

// fieldOfColumn returns the field a column fills.
func (m Mapping) fieldOfColumn(col string) (string, bool) {
	for f, c := range m.Columns {
		if c == col {
			return f, true
		}
	}
	return "", false
}

// Has reports whether the mapping fills a field.
func (m Mapping) Has(field string) bool { _, ok := m.Columns[field]; return ok }

// ReadStats counts values that could not be read and were taken as unknown.
type ReadStats struct {
	BadDates     int `json:"bad_dates"`
	BadAges      int `json:"bad_ages"`
	BadSex       int `json:"bad_sex"`
	FirstBadLine int `json:"first_bad_line"` // line of the first such value, 0 if none
}

func (s *ReadStats) bad(n *int, line int) {
	*n++
	if s.FirstBadLine == 0 {
		s.FirstBadLine = line
	}
}

// ReadCSV reads the records of one list from CSV with a header line. name
// names the input in errors and is the list of every record when no list
// column is mapped. Structural faults (no header, a mapped column missing,
// a row with the wrong number of fields) are errors naming the line;
// unreadable dates, ages and sexes become unknown and are counted.
func ReadCSV(r io.Reader, name string, m Mapping) ([]Record, ReadStats, error) {
	var st ReadStats
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, st, rastro.Errorf(rastro.EINVALID, "%s: empty file: want a header line", name)
	} else if err != nil {
		return nil, st, csvError(name, err)
	}
	cols := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if _, dup := cols[h]; !dup {
			cols[h] = i
		}
	}
	idx := map[string]int{}
	for f, c := range m.Columns {
		i, ok := cols[c]
		if !ok {
			names := make([]string, 0, len(cols))
			for h := range cols {
				names = append(names, h)
			}
			sort.Strings(names)
			return nil, st, rastro.Errorf(rastro.EINVALID, "%s: no column %q (mapped to %s); the header has: %s", name, c, f, strings.Join(names, ", "))
		}
		idx[f] = i
	}
	rawIdx := make([]int, len(m.Raw))
	for k, c := range m.Raw {
		i, ok := cols[c]
		if !ok {
			return nil, st, rastro.Errorf(rastro.EINVALID, "%s: no column %q (named by a blocking rule)", name, c)
		}
		rawIdx[k] = i
	}
	get := func(row []string, field string) string {
		if i, ok := idx[field]; ok {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	// The reader splits lines and keeps the raw values; workers fold,
	// parse and key them, chunk by chunk, on every core.
	jobs := make(chan *chunk)
	var chunks []*chunk
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range jobs {
				c.normalize(m)
			}
		}()
	}
	finish := func() {
		close(jobs)
		wg.Wait()
	}
	lists := map[string]string{}
	cur := &chunk{}
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		} else if err != nil {
			finish()
			return nil, st, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		p := pending{birth: get(row, FieldBirth), age: get(row, FieldAge), sex: get(row, FieldSex)}
		rec := &p.rec
		*rec = Record{ID: get(row, FieldID), Line: int32(line), Age: -1, List: name,
			Given: get(row, FieldGiven), Surname1: get(row, FieldSurname), Surname2: get(row, FieldSurname2), Place: get(row, FieldPlace)}
		if rec.ID == "" {
			rec.ID = strconv.Itoa(line)
		}
		if l := get(row, FieldList); l != "" {
			if rec.List = lists[l]; rec.List == "" {
				rec.List = strings.Clone(l) // one copy per list, not per record
				lists[rec.List] = rec.List
			}
		}
		for _, e := range m.Extra {
			rec.Extra = append(rec.Extra, get(row, extraPrefix+e))
		}
		for _, i := range rawIdx {
			rec.Raw = append(rec.Raw, strings.TrimSpace(row[i]))
		}
		cur.rows = append(cur.rows, p)
		if len(cur.rows) == chunkRows {
			chunks = append(chunks, cur)
			jobs <- cur
			cur = &chunk{}
		}
	}
	chunks = append(chunks, cur)
	jobs <- cur
	finish()
	n := 0
	for _, c := range chunks {
		n += len(c.out)
	}
	out := make([]Record, 0, n)
	for _, c := range chunks {
		out = append(out, c.out...)
		c.out = nil
		st.BadDates += c.st.BadDates
		st.BadAges += c.st.BadAges
		st.BadSex += c.st.BadSex
		if c.st.FirstBadLine != 0 && (st.FirstBadLine == 0 || c.st.FirstBadLine < st.FirstBadLine) {
			st.FirstBadLine = c.st.FirstBadLine
		}
	}
	return out, st, nil
}

// chunkRows is how many rows a worker normalises at a time.
const chunkRows = 8192

// pending is a row read but not yet normalised: the record's string fields
// hold the raw values, and the values without a string field wait beside.
type pending struct {
	rec             Record
	birth, age, sex string
}

type chunk struct {
	rows []pending
	out  []Record
	st   ReadStats
}

// normalize folds, parses and keys the chunk's rows.
func (c *chunk) normalize(m Mapping) {
	c.out = make([]Record, len(c.rows))
	for k := range c.rows {
		p := &c.rows[k]
		rec := p.rec
		line := int(rec.Line)
		rec.Given = fold.Words(rec.Given)
		if m.Has(FieldSurname2) {
			rec.Surname1 = fold.Words(rec.Surname1)
			rec.Surname2 = fold.Words(rec.Surname2)
			rec.Surname = strings.TrimSpace(rec.Surname1 + " " + rec.Surname2)
		} else {
			rec.Surname = fold.Words(rec.Surname1)
			rec.Surname1, rec.Surname2 = SplitSurnames(rec.Surname)
		}
		if d, ok := ParsePartDate(p.birth); ok {
			rec.Birth = d
		} else {
			c.st.bad(&c.st.BadDates, line)
		}
		if p.age != "" {
			if n, err := strconv.Atoi(p.age); err == nil && n >= 0 && n <= 130 {
				rec.Age = int16(n)
			} else {
				c.st.bad(&c.st.BadAges, line)
			}
		}
		if p.sex != "" {
			if rec.Sex = ParseSex(p.sex); rec.Sex == 0 {
				c.st.bad(&c.st.BadSex, line)
			}
		}
		rec.Place = fold.Words(rec.Place)
		for i, e := range rec.Extra {
			rec.Extra[i] = fold.Words(e)
		}
		rec.prepare()
		c.out[k] = rec
	}
	c.rows = nil
}

// ParseSex reads f/m in Spanish and English; 0 when unrecognised.
func ParseSex(s string) byte {
	switch fold.Words(s) {
	case "f", "female", "femenino", "mujer", "w", "woman", "femenina":
		return 'f'
	case "m", "male", "masculino", "hombre", "varon", "h", "man":
		return 'm'
	}
	return 0
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return rastro.Errorf(rastro.EINVALID, "%s: line %d, column %d: %v", name, pe.Line, pe.Column, pe.Err)
	}
	return rastro.Errorf(rastro.EINVALID, "%s: %v", name, err)
}
