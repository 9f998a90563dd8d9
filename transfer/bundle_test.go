package transfer

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

func writeBundle(t testing.TB, b *rastro.Bundle) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteBundle(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBundleRoundTrip(t *testing.T) {
	first := writeBundle(t, fixture())
	b, err := ReadBundle(bytes.NewReader(first), "fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	second := writeBundle(t, b)
	if !bytes.Equal(first, second) {
		t.Fatalf("second export differs from the first:\n%s\n---\n%s", first, second)
	}
	if b.Acts[0].ID != 1 || b.Sources[0].ID != 1 {
		t.Errorf("records not ordered by ID: act %d, source %d first", b.Acts[0].ID, b.Sources[0].ID)
	}
	if got := string(b.Claims[0].Data); got != `{"b":[1,2.50],"n":15}` {
		t.Errorf("claim data not canonical: %s", got)
	}
	if !bytes.Contains(first, []byte(`"Discharge report <2>"`)) {
		t.Error("HTML characters escaped in the bundle")
	}
	if string(b.SourceContent[1]) != "test" || b.Meta["synthetic"] != "true" {
		t.Errorf("content or meta lost: %q %v", b.SourceContent[1], b.Meta)
	}
}

func TestWriteBundleLeavesInputAlone(t *testing.T) {
	b := fixture()
	writeBundle(t, b)
	if b.Acts[0].ID != 2 || string(b.Claims[0].Data) != `{ "n": 15, "b": [1, 2.50] }` {
		t.Error("WriteBundle modified its input")
	}
}

func TestWriteBundleEmpty(t *testing.T) {
	out := writeBundle(t, &rastro.Bundle{})
	b, err := ReadBundle(bytes.NewReader(out), "empty.json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"acts": []`) || len(b.Acts) != 0 {
		t.Errorf("empty bundle: %s", out)
	}
}

// edit exports the fixture, applies a textual change and reads it back.
func edit(t *testing.T, old, new string) error {
	t.Helper()
	src := string(writeBundle(t, fixture()))
	if !strings.Contains(src, old) {
		t.Fatalf("fixture export lacks %q", old)
	}
	_, err := ReadBundle(strings.NewReader(strings.Replace(src, old, new, 1)), "case.json")
	return err
}

func TestReadBundleRefuses(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"malformed", `"acts": [`, `"acts": [,`, []string{"case.json:", "malformed JSON", "invalid character"}},
		{"truncated", `"discharges"`, `"discharges": [{`, []string{"case.json:", "malformed JSON"}},
		{"unknown top field", `"version": 2,`, `"version": 2, "colour": "red",`, []string{"case.json:3: colour: unknown field"}},
		{"unknown record field", `"wound_count": 1,`, `"wound_count": 1, "woundz": 2,`, []string{"acts[0].woundz: unknown field"}},
		{"wrong type in list", `"chest"`, `5`, []string{"acts[0].wound_regions[0]: a JSON number where a string was expected"}},
		{"impossible date", `"start": "2023-01-09"`, `"start": "2023-02-30"`, []string{"incidents[0].when.start", "2023-02-30", "no day 30"}},
		{"year zero", `"start": "2023-01-09"`, `"start": "0000-01-09"`, []string{"incidents[0].when.start", "year from 0001"}},
		{"bad enum", `"chest"`, `"elbow"`, []string{"case.json:201: acts[0] (id 1): invalid wound region \"elbow\""}},
		{"other format", `"format": "rastro-bundle"`, `"format": "geojson"`, []string{"case.json:2: format: not a Rastro bundle"}},
		{"other version", `"version": 2`, `"version": 3`, []string{"version: bundle version 3 is not supported"}},
		{"override without reason", `"reason": "the autopsy shows a wound in the back",`, ``, []string{"assessment_reviews[0] (id 1)", "override of act 1 needs a reason"}},
		{"review of a missing act", `"act_id": 1,
      "decision"`, `"act_id": 8,
      "decision"`, []string{"assessment_reviews[0] (id 1).act_id: no act has ID 8"}},
		{"merge of a missing person", `"person_b": 2,
      "weight": 11.5`, `"person_b": 9,
      "weight": 11.5`, []string{"person_merges[0] (id 1).person_b: no person has ID 9"}},
		{"link review status", `"status": "distinct"`, `"status": "maybe"`, []string{"link_reviews[0] (id 1)", "review status \"maybe\""}},
		{"evidence without name", `"original_name": "photo.jpg",`, `"original_name": "",`, []string{"evidence_items[0] (id 1)", "original file name"}},
		{"custody of a missing item", `"seq": 2,
      "item_id": 1,`, `"seq": 2,
      "item_id": 5,`, []string{"custody_entries[1] (seq 2).item_id: no evidence item has ID 5"}},
		{"custody hash", `"hash": "` + hex64("2") + `"`, `"hash": "xyz"`, []string{"custody_entries[1] (seq 2)", `hash "xyz" is not 64 lowercase hex digits`}},
		{"custody seq twice", `"seq": 2,`, `"seq": 1,`, []string{"custody_entries[1] (seq 1): SEQ 1 appears twice"}},
		{"dangling reference", `"incident_id": 1,`, `"incident_id": 9,`, []string{"acts[0] (id 1).incident_id: no incident has ID 9"}},
		{"dangling citation", `"source_id": 1,
          "page": 2`, `"source_id": 7,
          "page": 2`, []string{"citations[0].source_id: no source has ID 7"}},
		{"duplicate id", `"id": 2,
      "version": 1,
      "created_at": "2024-03-01T12:00:00Z",
      "updated_at": "2024-03-01T12:00:00Z",
      "incident_id": 1,`, `"id": 1,
      "version": 1,
      "created_at": "2024-03-01T12:00:00Z",
      "updated_at": "2024-03-01T12:00:00Z",
      "incident_id": 1,`, []string{"acts[1] (id 1): ID 1 appears twice"}},
		{"duplicate key", `"meta": {`, `"acts": [], "meta": {`, []string{"acts: the field appears twice"}},
		{"trailing data", `"discharges": [`, `"discharges": [] } {"discharges": [`, []string{"unexpected data after the bundle"}},
		{"bad content", `"1": "dGVzdA=="`, `"1": "not base64!"`, []string{`source_content["1"]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := edit(t, tt.old, tt.new)
			if err == nil {
				t.Fatal("accepted")
			}
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Errorf("code %s, want invalid: %v", rastro.ErrorCode(err), err)
			}
			for _, w := range tt.want {
				if !strings.Contains(rastro.ErrorMessage(err), w) {
					t.Errorf("message %q lacks %q", rastro.ErrorMessage(err), w)
				}
			}
		})
	}
}

func TestReadBundleNotJSON(t *testing.T) {
	for _, in := range []string{"", "[]", "event_id_cnty,event_date\n", `{"type": "FeatureCollection"}`, `{"format": "rastro-bundle"}`} {
		if _, err := ReadBundle(strings.NewReader(in), "x.json"); err == nil || !strings.HasPrefix(rastro.ErrorMessage(err), "x.json") {
			t.Errorf("%q: got %v", in, err)
		}
	}
}

func TestCheckBundleAcceptsFixture(t *testing.T) {
	if err := CheckBundle(fixture()); err != nil {
		t.Fatal(err)
	}
	b := fixture()
	b.SourceContent[5] = []byte("x")
	if err := CheckBundle(b); err == nil || !strings.Contains(err.Error(), "source_content[5]") {
		t.Errorf("content of a missing source: %v", err)
	}
}

func TestLocateNamesDeepFields(t *testing.T) {
	p, m := locate([]byte(`{"when": {"start": "2023-13"}}`), reflect.TypeFor[rastro.Incident]())
	if p != ".when.start" || !strings.Contains(m, "no month 13") {
		t.Errorf("got %q %q", p, m)
	}
}

func FuzzReadBundle(f *testing.F) {
	f.Add(writeBundle(f, fixture()))
	f.Add(writeBundle(f, &rastro.Bundle{}))
	f.Add([]byte(`{"format":"rastro-bundle","version":1,"acts":[{"id":1}]}`))
	f.Add([]byte(`{"format":"rastro-bundle","version":1,"source_content":{"1":"eA=="}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ReadBundle(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("non-invalid error %v", err)
			}
			return
		}
		// Streamed, the same records are handed over, each once.
		handed := 0
		sum, err := StreamBundle(bytes.NewReader(data), "fuzz.json", func(part *rastro.Bundle) error {
			for _, l := range listsOf(part) {
				handed += len(l.records)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ReadBundle accepts what StreamBundle refuses: %v", err)
		}
		read := 0
		for _, l := range listsOf(b) {
			read += len(l.records)
			if sum.Counts[l.name] != len(l.records) {
				t.Fatalf("%s: %d streamed, %d read", l.name, sum.Counts[l.name], len(l.records))
			}
		}
		if handed != read {
			t.Fatalf("%d records handed over, %d read", handed, read)
		}
		first := writeBundle(t, b)
		b2, err := ReadBundle(bytes.NewReader(first), "again.json")
		if err != nil {
			t.Fatalf("cannot read own output: %v\n%s", err, first)
		}
		if second := writeBundle(t, b2); !bytes.Equal(first, second) {
			t.Fatalf("not stable:\n%s\n%s", first, second)
		}
	})
}

// Every field of rastro.Bundle is one the streaming reader knows, so a field
// added to the bundle cannot be refused as unknown (or dropped) on import.
func TestReadBundleKnowsEveryField(t *testing.T) {
	for name := range jsonFields(reflect.TypeFor[rastro.Bundle]()) {
		if name == "format" || name == "version" {
			continue
		}
		in := `{"format": "rastro-bundle", "version": 2, "` + name + `": null}`
		if _, err := ReadBundle(strings.NewReader(in), "x.json"); err != nil {
			t.Errorf("bundle field %q: %v", name, err)
		}
	}
}

// A version 1 bundle (before decisions and evidence were added) still
// reads, with those lists empty.
func TestReadBundleVersion1(t *testing.T) {
	b := fixture()
	b.AssessmentReviews, b.PersonMerges, b.LinkReviews, b.EvidenceItems, b.CustodyEntries = nil, nil, nil, nil, nil
	src := string(writeBundle(t, b))
	for _, k := range []string{"assessment_reviews", "person_merges", "link_reviews", "evidence_items", "custody_entries"} {
		src = strings.Replace(src, ",\n  \""+k+"\": []", "", 1)
	}
	src = strings.Replace(src, `"version": 2`, `"version": 1`, 1)
	if strings.Contains(src, "custody_entries") {
		t.Fatalf("could not strip the version 2 lists:\n%s", src)
	}
	got, err := ReadBundle(strings.NewReader(src), "v1.json")
	if err != nil {
		t.Fatal(err)
	}
	if got.Version != 1 || len(got.Acts) != 2 || len(got.CustodyEntries) != 0 {
		t.Errorf("version %d, %d acts, %d custody entries", got.Version, len(got.Acts), len(got.CustodyEntries))
	}
	if out := writeBundle(t, got); !bytes.Contains(out, []byte(`"version": 2`)) || !bytes.Contains(out, []byte(`"custody_entries": []`)) {
		t.Errorf("a version 1 bundle is not written back as version 2:\n%s", out)
	}
}

// Records that refer to records later in the file are held back and
// handed over after them; a reference still missing at the end is refused.
func TestStreamBundleForwardReferences(t *testing.T) {
	src := string(writeBundle(t, fixture()))
	start := strings.Index(src, `"sources": [`)
	end := strings.Index(src, `"source_content": {`)
	sources := strings.TrimSuffix(strings.TrimSpace(src[start:end]), ",")
	move := func(sources string) string { return src[:start] + src[end:len(src)-3] + ",\n  " + sources + "\n}\n" }
	moved := move(sources)
	var order []string
	_, err := StreamBundle(strings.NewReader(moved), "case.json", func(part *rastro.Bundle) error {
		for _, l := range listsOf(part) {
			if len(l.records) > 0 && (len(order) == 0 || order[len(order)-1] != l.name) {
				order = append(order, l.name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, moved)
	}
	if i := slices.Index(order, "sources"); i < 0 || i > slices.Index(order, "acts") {
		t.Errorf("sources handed over after the acts that cite them: %v", order)
	}
	dangling := move(strings.Replace(sources, `"id": 1,`, `"id": 7,`, 1))
	if dangling == moved {
		t.Fatal("could not renumber the source")
	}
	_, err = StreamBundle(strings.NewReader(dangling), "case.json", func(*rastro.Bundle) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "case.json: claims[0] (id 1).source_id: no source has ID 1") {
		t.Errorf("dangling forward reference: %v", err)
	}
}
