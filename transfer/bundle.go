package transfer

import (
	"bufio"
	"bytes"
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
// "case.json:812: acts[12] (id 13).wound_regions[0]: ...". It reads the
// input as a stream, holding one raw record at a time. A UTF-8 byte-order
// mark, which some editors add, is skipped.
func ReadBundle(r io.Reader, name string) (*rastro.Bundle, error) {
	br := &bundleReader{name: name, in: &lineCounter{r: SkipBOM(r)}}
	br.dec = json.NewDecoder(br.in)
	b, err := br.read()
	if err != nil {
		return nil, err
	}
	for _, c := range b.Claims {
		if len(c.Data) > 0 {
			c.Data, _ = canonicalJSON(c.Data) // valid: it was decoded
		}
	}
	if err := CheckBundle(b); err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: %s", name, rastro.ErrorMessage(err))
	}
	return b, nil
}

type bundleReader struct {
	name string
	in   *lineCounter
	dec  *json.Decoder
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

func (br *bundleReader) read() (*rastro.Bundle, error) {
	if err := br.expect(json.Delim('{')); err != nil {
		return nil, err
	}
	b := &rastro.Bundle{}
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
		if err := br.field(b, key); err != nil {
			return nil, err
		}
	}
	if err := br.expect(json.Delim('}')); err != nil {
		return nil, err
	}
	if _, err := br.dec.Token(); err != io.EOF {
		return nil, br.fail(br.line(), "", "unexpected data after the bundle")
	}
	if b.Format != rastro.BundleFormat {
		return nil, br.fail(1, "format", "not a Rastro bundle: format %q, want %q", b.Format, rastro.BundleFormat)
	}
	if !supportedVersion(b.Version) {
		return nil, br.fail(1, "version", "%s", versionMessage(b.Version))
	}
	return b, nil
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

func (br *bundleReader) field(b *rastro.Bundle, key string) (err error) {
	switch key {
	case "format":
		if err := br.value(key, &b.Format); err != nil {
			return err
		}
		if b.Format != rastro.BundleFormat {
			return br.fail(br.line(), key, "not a Rastro bundle: format %q, want %q", b.Format, rastro.BundleFormat)
		}
	case "version":
		if err := br.value(key, &b.Version); err != nil {
			return err
		}
		if !supportedVersion(b.Version) {
			return br.fail(br.line(), key, "%s", versionMessage(b.Version))
		}
	case "meta":
		return br.value(key, &b.Meta)
	case "source_content":
		return br.value(key, &b.SourceContent)
	case "sources":
		b.Sources, err = readList[rastro.Source](br, key)
	case "claims":
		b.Claims, err = readList[rastro.Claim](br, key)
	case "places":
		b.Places, err = readList[rastro.Place](br, key)
	case "persons":
		b.Persons, err = readList[rastro.Person](br, key)
	case "units":
		b.Units, err = readList[rastro.Unit](br, key)
	case "unit_relations":
		b.UnitRelations, err = readList[rastro.UnitRelation](br, key)
	case "postings":
		b.Postings, err = readList[rastro.Posting](br, key)
	case "incidents":
		b.Incidents, err = readList[rastro.Incident](br, key)
	case "acts":
		b.Acts, err = readList[rastro.Act](br, key)
	case "involvements":
		b.Involvements, err = readList[rastro.Involvement](br, key)
	case "deployments":
		b.Deployments, err = readList[rastro.Deployment](br, key)
	case "discharges":
		b.Discharges, err = readList[rastro.DischargeRecord](br, key)
	case "assessment_reviews":
		b.AssessmentReviews, err = readList[rastro.AssessmentReview](br, key)
	case "person_merges":
		b.PersonMerges, err = readList[rastro.PersonMerge](br, key)
	case "link_reviews":
		b.LinkReviews, err = readList[rastro.LinkReview](br, key)
	case "evidence_items":
		b.EvidenceItems, err = readList[rastro.EvidenceItem](br, key)
	case "custody_entries":
		b.CustodyEntries, err = readList[rastro.CustodyEntry](br, key)
	default:
		if b.Format == "" {
			return br.fail(br.line(), key, "unknown field (is this a Rastro bundle? it should start with \"format\": %q)", rastro.BundleFormat)
		}
		return br.fail(br.line(), key, "unknown field")
	}
	return err
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

// readList decodes a list of records one element at a time.
func readList[T any](br *bundleReader, key string) ([]*T, error) {
	tok, err := br.dec.Token()
	if err != nil {
		return nil, br.syntax(err)
	}
	if tok == nil {
		return nil, nil
	}
	if tok != json.Delim('[') {
		return nil, br.fail(br.line(), key, "a list of records was expected")
	}
	var out []*T
	for i := 0; br.dec.More(); i++ {
		var raw json.RawMessage
		if err := br.dec.Decode(&raw); err != nil {
			return nil, br.syntax(err)
		}
		v := new(T)
		if err := strictUnmarshal(raw, v); err != nil {
			line := br.line() - bytes.Count(raw, []byte("\n"))
			p, m := locate(raw, reflect.TypeFor[T]())
			if m == "" {
				m = describe(err)
			}
			return nil, br.fail(line, fmt.Sprintf("%s[%d]%s", key, i, p), "%s", m)
		}
		if err := br.text(raw, fmt.Sprintf("%s[%d] (%s %d)", key, i, keyName(v), recordID(v))); err != nil {
			return nil, err
		}
		// Validate here, where the line is known; CheckBundle does the
		// references once every list is read.
		if r, ok := any(v).(interface{ Validate() error }); ok {
			if err := r.Validate(); err != nil {
				line := br.line() - bytes.Count(raw, []byte("\n"))
				return nil, br.fail(line, fmt.Sprintf("%s[%d] (%s %d)", key, i, keyName(v), recordID(v)), "%s", rastro.ErrorMessage(err))
			}
		}
		out = append(out, v)
	}
	if _, err := br.dec.Token(); err != nil {
		return nil, br.syntax(err)
	}
	return out, nil
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
