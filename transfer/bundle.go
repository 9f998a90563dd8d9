package transfer

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
)

// WriteBundle writes b as a versioned JSON bundle. The output depends only
// on the records: every list is ordered by ID, map keys are sorted and claim
// data is re-encoded canonically, so exporting, importing and exporting again
// gives the same bytes. b itself is not modified.
func WriteBundle(w io.Writer, b *rastro.Bundle) error {
	out := *b
	out.Format, out.Version = rastro.BundleFormat, rastro.BundleVersion
	out.Sources = byID(b.Sources)
	out.Claims = byID(b.Claims)
	for i, c := range out.Claims {
		if len(c.Data) == 0 {
			continue
		}
		data, err := canonicalJSON(c.Data)
		if err != nil {
			return rastro.Errorf(rastro.EINVALID, "claims[%d] (id %d).data: %s", i, c.ID, describe(err))
		}
		cc := *c
		cc.Data = data
		out.Claims[i] = &cc
	}
	out.Places = byID(b.Places)
	out.Persons = byID(b.Persons)
	out.Units = byID(b.Units)
	out.UnitRelations = byID(b.UnitRelations)
	out.Postings = byID(b.Postings)
	out.Incidents = byID(b.Incidents)
	out.Acts = byID(b.Acts)
	out.Involvements = byID(b.Involvements)
	out.Deployments = byID(b.Deployments)
	out.Discharges = byID(b.Discharges)
	out.AssessmentReviews = byID(b.AssessmentReviews)
	out.PersonMerges = byID(b.PersonMerges)
	out.LinkReviews = byID(b.LinkReviews)
	out.EvidenceItems = byID(b.EvidenceItems)
	out.CustodyEntries = byID(b.CustodyEntries)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&out); err != nil {
		return err
	}
	return bw.Flush()
}

// byID returns a copy of records ordered by ID, never nil (so an empty list
// is written as [] rather than null).
func byID[T any](records []*T) []*T {
	out := make([]*T, len(records))
	copy(out, records)
	slices.SortStableFunc(out, func(a, b *T) int { return compareInt(recordID(a), recordID(b)) })
	return out
}

// recordID reads a record's key: the ID of its rastro.Record or its own ID
// field, or a custody entry's Seq.
func recordID[T any](r *T) int64 {
	if r == nil {
		return 0
	}
	return recordKey(r)
}

func compareInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// canonicalJSON re-encodes a JSON value with sorted keys and no insignificant
// space, keeping numbers exactly as written.
func canonicalJSON(raw json.RawMessage) (json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// ReadBundle reads a JSON bundle written by WriteBundle (or by hand). It
// refuses another format or version, unknown fields, malformed values and
// records that fail validation or refer to records the bundle does not hold;
// errors name the file (name), the line, the record and the field, e.g.
// "case.json:812: acts[12] (id 13).wound_regions[0]: ...". A UTF-8
// byte-order mark, which some editors add, is skipped. To import a bundle
// without holding it in memory, use StreamBundle.
func ReadBundle(r io.Reader, name string) (*rastro.Bundle, error) {
	b := &rastro.Bundle{}
	br := newBundleReader(r, name, nil)
	br.collect = b
	s, err := br.read()
	if err != nil {
		return nil, err
	}
	b.Format, b.Version, b.Meta = s.Format, s.Version, s.Meta
	return b, nil
}

// StreamBundle reads a JSON bundle as ReadBundle does, with the same checks
// and errors, but holds one record at a time and the ID sets of the lists
// read so far: it hands the records to write in parts, each holding a
// batch of one list (or the bundle's meta or source content), in an order
// in which every record comes after the records it refers to. A record
// that refers to one later in the file is held back until that one is
// written, and its references checked once the whole file is read. When
// StreamBundle fails, parts already written must be discarded (sqldb's
// ImportStream does it in one transaction).
func StreamBundle(r io.Reader, name string, write func(part *rastro.Bundle) error) (*Summary, error) {
	return newBundleReader(r, name, write).read()
}

// Summary describes a bundle StreamBundle has read.
type Summary struct {
	Format  string
	Version int
	Meta    map[string]string
	// Counts holds the number of records in each list, by its field name
	// in the bundle ("acts", "custody_entries"…).
	Counts map[string]int
	// FirstCustody is the custody log's first entry in the file,
	// LastCustody the one with the highest seq (nil when there are none).
	FirstCustody, LastCustody *rastro.CustodyEntry
}

// streamBatch is how many records of a list StreamBundle hands over at once.
const streamBatch = 2000

type bundleReader struct {
	name    string
	in      *lineCounter
	dec     *json.Decoder
	c       *checker
	sum     Summary
	write   func(part *rastro.Bundle) error
	collect *rastro.Bundle // ReadBundle's: every part is added to it
	content map[int64][]byte
	held    []heldRecord
	emit    map[string]func(rs []any) error // by list: writes records of its type
}

// heldRecord is a record waiting for one it refers to.
type heldRecord struct {
	list string
	i    int
	r    any
}

func newBundleReader(r io.Reader, name string, write func(part *rastro.Bundle) error) *bundleReader {
	br := &bundleReader{name: name, in: &lineCounter{r: SkipBOM(r)}, c: newChecker(), write: write,
		sum: Summary{Counts: map[string]int{}}, emit: map[string]func([]any) error{}}
	br.c.validated = true
	br.dec = json.NewDecoder(br.in)
	return br
}

// line is the line the decoder has reached: the lines read from the input
// less those still waiting in the decoder's buffer.
func (br *bundleReader) line() int {
	rest, _ := io.ReadAll(br.dec.Buffered())
	return 1 + br.in.newlines - bytes.Count(rest, []byte("\n"))
}

func (br *bundleReader) fail(line int, path, format string, args ...any) error {
	where := fmt.Sprintf("%s:%d", br.name, line)
	if path != "" {
		where += ": " + path
	}
	return invalid(where, format, args...)
}

func (br *bundleReader) syntax(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return br.fail(br.line(), "", "malformed JSON: the file ends too early")
	}
	return br.fail(br.line(), "", "%s", describe(err))
}

func (br *bundleReader) read() (*Summary, error) {
	if err := br.expect(json.Delim('{')); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for br.dec.More() {
		tok, err := br.dec.Token()
		if err != nil {
			return nil, br.syntax(err)
		}
		key := tok.(string) // object keys are always strings
		if seen[key] {
			return nil, br.fail(br.line(), key, "the field appears twice")
		}
		seen[key] = true
		if err := br.field(key); err != nil {
			return nil, err
		}
	}
	if err := br.expect(json.Delim('}')); err != nil {
		return nil, err
	}
	if _, err := br.dec.Token(); err != io.EOF {
		return nil, br.fail(br.line(), "", "unexpected data after the bundle")
	}
	if br.sum.Format != rastro.BundleFormat {
		return nil, br.fail(1, "format", "not a Rastro bundle: format %q, want %q", br.sum.Format, rastro.BundleFormat)
	}
	if !supportedVersion(br.sum.Version) {
		return nil, br.fail(1, "version", "%s", versionMessage(br.sum.Version))
	}
	if err := br.finish(); err != nil {
		return nil, err
	}
	return &br.sum, nil
}

// supportedVersion reports whether this program reads bundles of version
// v: every version up to its own (version 1 lacks the decisions and
// evidence that version 2 added, which is the same as having none).
func supportedVersion(v int) bool { return v >= 1 && v <= rastro.BundleVersion }

func versionMessage(v int) string {
	return fmt.Sprintf("bundle version %d is not supported: this Rastro reads versions 1 to %d", v, rastro.BundleVersion)
}

func (br *bundleReader) expect(d json.Delim) error {
	tok, err := br.dec.Token()
	if err != nil {
		return br.syntax(err)
	}
	if tok != d {
		return br.fail(br.line(), "", "malformed bundle: found %v where %q was expected", tok, d)
	}
	return nil
}

func (br *bundleReader) field(key string) (err error) {
	switch key {
	case "format":
		if err := br.value(key, &br.sum.Format); err != nil {
			return err
		}
		if br.sum.Format != rastro.BundleFormat {
			return br.fail(br.line(), key, "not a Rastro bundle: format %q, want %q", br.sum.Format, rastro.BundleFormat)
		}
	case "version":
		if err := br.value(key, &br.sum.Version); err != nil {
			return err
		}
		if !supportedVersion(br.sum.Version) {
			return br.fail(br.line(), key, "%s", versionMessage(br.sum.Version))
		}
	case "meta":
		if err := br.value(key, &br.sum.Meta); err != nil || len(br.sum.Meta) == 0 || br.collect != nil {
			return err
		}
		return br.write(&rastro.Bundle{Meta: br.sum.Meta})
	case "source_content":
		var content map[int64][]byte
		if err := br.value(key, &content); err != nil {
			return err
		}
		br.content = content
		if br.c.done["sources"] {
			return br.writeContent()
		}
	case "sources":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Source { return &b.Sources })
	case "claims":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Claim { return &b.Claims })
	case "places":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Place { return &b.Places })
	case "persons":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Person { return &b.Persons })
	case "units":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Unit { return &b.Units })
	case "unit_relations":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.UnitRelation { return &b.UnitRelations })
	case "postings":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Posting { return &b.Postings })
	case "incidents":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Incident { return &b.Incidents })
	case "acts":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Act { return &b.Acts })
	case "involvements":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Involvement { return &b.Involvements })
	case "deployments":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.Deployment { return &b.Deployments })
	case "discharges":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.DischargeRecord { return &b.Discharges })
	case "assessment_reviews":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.AssessmentReview { return &b.AssessmentReviews })
	case "person_merges":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.PersonMerge { return &b.PersonMerges })
	case "link_reviews":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.LinkReview { return &b.LinkReviews })
	case "evidence_items":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.EvidenceItem { return &b.EvidenceItems })
	case "custody_entries":
		err = readList(br, key, func(b *rastro.Bundle) *[]*rastro.CustodyEntry { return &b.CustodyEntries })
	default:
		if br.sum.Format == "" {
			return br.fail(br.line(), key, "unknown field (is this a Rastro bundle? it should start with \"format\": %q)", rastro.BundleFormat)
		}
		return br.fail(br.line(), key, "unknown field")
	}
	return err
}

// writeContent checks the source content read against the sources read,
// and writes it.
func (br *bundleReader) writeContent() error {
	for id := range br.content {
		if !br.c.ids["sources"].Has(id) {
			return br.checked(rastro.Errorf(rastro.EINVALID, "source_content[%d]: no source has ID %d", id, id))
		}
	}
	content := br.content
	br.content = nil
	if len(content) == 0 {
		return nil
	}
	if br.collect != nil {
		br.collect.SourceContent = content
		return nil
	}
	return br.write(&rastro.Bundle{SourceContent: content})
}

// checked names the file in an error of the checker.
func (br *bundleReader) checked(err error) error {
	return rastro.Errorf(rastro.EINVALID, "%s: %s", br.name, rastro.ErrorMessage(err))
}

// finish checks the references of the records held back, now that every
// list is read, and writes them (and the source content if it came before
// the sources), each after the records it refers to.
func (br *bundleReader) finish() error {
	br.c.final = true
	for _, h := range br.held {
		if _, err := br.c.refs(h.list, h.i, h.r); err != nil {
			return br.checked(err)
		}
	}
	if err := br.writeContent(); err != nil {
		return err
	}
	for len(br.held) > 0 {
		var ready, rest []heldRecord
		for _, h := range br.held {
			if wait, _ := br.c.refs(h.list, h.i, h.r); wait {
				rest = append(rest, h)
			} else {
				ready = append(ready, h)
			}
		}
		if len(ready) == 0 {
			ready, rest = rest, nil // records that refer to each other: the database decides
		}
		for _, h := range ready {
			delete(br.c.held[h.list], recordKey(h.r))
		}
		for start := 0; start < len(ready); {
			end := start + 1
			for end < len(ready) && end-start < streamBatch && ready[end].list == ready[start].list {
				end++
			}
			rs := make([]any, end-start)
			for i, h := range ready[start:end] {
				rs[i] = h.r
			}
			if err := br.emit[ready[start].list](rs); err != nil {
				return err
			}
			start = end
		}
		br.held = rest
	}
	return nil
}

// value decodes one top-level value strictly into v.
func (br *bundleReader) value(key string, v any) error {
	var raw json.RawMessage
	if err := br.dec.Decode(&raw); err != nil {
		return br.syntax(err)
	}
	if err := strictUnmarshal(raw, v); err != nil {
		line := br.line() - bytes.Count(raw, []byte("\n"))
		p, m := locate(raw, reflect.TypeOf(v))
		return br.fail(line, key+p, "%s", m)
	}
	return br.text(raw, key)
}

// text checks the strings of one raw value (a record, or a top-level
// value) with package textcheck, naming the line of the bad string and
// its field below where.
func (br *bundleReader) text(raw json.RawMessage, where string) error {
	p, off, err := textcheck.JSON(raw)
	if err == nil {
		return nil
	}
	line := br.line() - bytes.Count(raw, []byte("\n")) + bytes.Count(raw[:off], []byte("\n"))
	return br.fail(line, where+p, "%s", err)
}

// readList decodes a list of records one element at a time, checks each
// and hands them on in batches; list gives a bundle's list of their type.
func readList[T any](br *bundleReader, key string, list func(b *rastro.Bundle) *[]*T) error {
	put := func(rs []*T) error {
		if br.collect != nil {
			*list(br.collect) = append(*list(br.collect), rs...)
			return nil
		}
		part := &rastro.Bundle{}
		*list(part) = rs
		return br.write(part)
	}
	br.emit[key] = func(rs []any) error {
		out := make([]*T, len(rs))
		for i, r := range rs {
			out[i] = r.(*T)
		}
		return put(out)
	}
	tok, err := br.dec.Token()
	if err != nil {
		return br.syntax(err)
	}
	if tok == nil {
		br.c.done[key] = true
		return nil
	}
	if tok != json.Delim('[') {
		return br.fail(br.line(), key, "a list of records was expected")
	}
	var batch []*T
	for i := 0; br.dec.More(); i++ {
		var raw json.RawMessage
		if err := br.dec.Decode(&raw); err != nil {
			return br.syntax(err)
		}
		v := new(T)
		if err := strictUnmarshal(raw, v); err != nil {
			line := br.line() - bytes.Count(raw, []byte("\n"))
			p, m := locate(raw, reflect.TypeFor[T]())
			if m == "" {
				m = describe(err)
			}
			return br.fail(line, fmt.Sprintf("%s[%d]%s", key, i, p), "%s", m)
		}
		if err := br.text(raw, fmt.Sprintf("%s[%d] (%s %d)", key, i, keyName(v), recordID(v))); err != nil {
			return err
		}
		// Validate here, where the line is known; the checker then does
		// the IDs and references.
		if r, ok := any(v).(interface{ Validate() error }); ok {
			if err := r.Validate(); err != nil {
				line := br.line() - bytes.Count(raw, []byte("\n"))
				return br.fail(line, fmt.Sprintf("%s[%d] (%s %d)", key, i, keyName(v), recordID(v)), "%s", rastro.ErrorMessage(err))
			}
		}
		if c, ok := any(v).(*rastro.Claim); ok && len(c.Data) > 0 {
			c.Data, _ = canonicalJSON(c.Data) // valid: it was decoded
		}
		if err := br.c.add(key, i, v); err != nil {
			return br.checked(err)
		}
		wait, err := br.c.refs(key, i, v)
		if err != nil {
			return br.checked(err)
		}
		br.count(key, v)
		if wait {
			br.hold(key, i, v)
			continue
		}
		if batch = append(batch, v); len(batch) == streamBatch {
			if err := put(batch); err != nil {
				return err
			}
			batch = nil
		}
	}
	if _, err := br.dec.Token(); err != nil {
		return br.syntax(err)
	}
	br.c.done[key] = true
	if len(batch) > 0 {
		return put(batch)
	}
	return nil
}

// count adds a record read to the summary.
func (br *bundleReader) count(key string, r any) {
	br.sum.Counts[key]++
	if e, ok := r.(*rastro.CustodyEntry); ok {
		if br.sum.FirstCustody == nil {
			br.sum.FirstCustody = e
		}
		if br.sum.LastCustody == nil || e.Seq > br.sum.LastCustody.Seq {
			br.sum.LastCustody = e
		}
	}
}

// hold keeps a record back until the records it refers to are written.
func (br *bundleReader) hold(key string, i int, r any) {
	br.held = append(br.held, heldRecord{key, i, r})
	if br.c.held[key] == nil {
		br.c.held[key] = map[int64]struct{}{}
	}
	br.c.held[key][recordKey(r)] = struct{}{}
}

// SkipBOM returns r without a leading UTF-8 byte-order mark.
func SkipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\ufeff")) {
		br.Discard(3)
	}
	return br
}

// lineCounter counts the newlines that pass through it.
type lineCounter struct {
	r        io.Reader
	newlines int
}

func (c *lineCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.newlines += bytes.Count(p[:n], []byte("\n"))
	return n, err
}

// Importer loads a bundle handed over in parts into an empty database in
// one transaction (sqldb.DB does).
type Importer interface {
	ImportStream(ctx context.Context, read func(write func(part *rastro.Bundle) error) error) error
}

// ImportBundle streams the JSON bundle r (named name in errors) into db:
// nothing is imported unless the whole bundle reads and checks.
func ImportBundle(ctx context.Context, db Importer, r io.Reader, name string) (*Summary, error) {
	var s *Summary
	err := db.ImportStream(ctx, func(write func(part *rastro.Bundle) error) error {
		var err error
		s, err = StreamBundle(r, name, write)
		return err
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}
