package transfer

import (
	"bytes"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
)

// TestReadBundleRefusesBadText: invalid UTF-8 and NUL characters are
// refused where the bundle is read, naming the line, record and field.
func TestReadBundleRefusesBadText(t *testing.T) {
	for _, tt := range []struct {
		name, old, new string
		want           []string
	}{
		{"latin-1 byte", `"Invented Victim"`, "\"Invent\xe9 Victim\"", []string{"case.json:", "persons[0] (id 1).name", "invalid UTF-8"}},
		{"NUL", `"Invented Victim"`, `"Invented\u0000Victim"`, []string{"case.json:", "persons[0] (id 1).name", "NUL character"}},
		{"NUL in meta", `"fixture"`, `"fix\u0000ture"`, []string{"case.json:", "meta.name", "NUL character"}},
		{"alias", `"IV"`, "\"I\xffV\"", []string{"persons[0] (id 1).aliases[0]", "invalid UTF-8"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := edit(t, tt.old, tt.new)
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("got %v, want an invalid-input error", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(rastro.ErrorMessage(err), w) {
					t.Errorf("%q lacks %q", rastro.ErrorMessage(err), w)
				}
			}
		})
	}
	// The line is the line of the bad string, not of its record.
	err := edit(t, `"IV"`, "\"I\xffV\"")
	src := string(writeBundle(t, fixture()))
	line := strings.Count(src[:strings.Index(src, `"IV"`)], "\n") + 1
	if want := "case.json:" + strconv.Itoa(line) + ":"; !strings.HasPrefix(rastro.ErrorMessage(err), want) {
		t.Errorf("%q does not start with %q", rastro.ErrorMessage(err), want)
	}
}

// TestReadACLEDText: NUL and invalid UTF-8 name line and column; a file in
// Windows-1252 (declared, or detected at its start) is decoded, with a
// warning.
func TestReadACLEDText(t *testing.T) {
	data, _ := readSample(t)
	sample := string(data)
	for _, tt := range []struct{ name, old, new, want string }{
		{"NUL", "SYNTHETIC test row: soldiers", "SYNTHETIC\x00 test row: soldiers", "acled.csv:3: notes: NUL character"},
		{"NUL in header", "event_date,year", "event_date,ye\x00ar", "acled.csv:1: column 3: NUL character"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(sample, tt.old, tt.new, 1)
			if in == sample {
				t.Fatalf("sample lacks %q", tt.old)
			}
			_, err := ReadACLED(strings.NewReader(in), "acled.csv", importTime)
			if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}

	// Latin-1 at the start: detected and decoded, with a warning.
	latin := strings.Replace(sample, "San Roman", "San Rom\xe1n", 1)
	var warnings []string
	b, err := ReadACLEDWith(strings.NewReader(latin), "latin.csv", importTime, ACLEDOptions{Warn: func(s string) { warnings = append(warnings, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Places[b.Incidents[0].PlaceID-1].Admin2; got != "San Román" {
		t.Errorf("admin2 %q, want San Román", got)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "latin.csv") || !strings.Contains(warnings[0], "Windows-1252") {
		t.Errorf("warnings %q", warnings)
	}
	// Declared: the same, without detection.
	warnings = nil
	b, err = ReadACLEDWith(strings.NewReader(latin), "latin.csv", importTime, ACLEDOptions{Encoding: "latin-1", Warn: func(s string) { warnings = append(warnings, s) }})
	if err != nil || b.Places[b.Incidents[0].PlaceID-1].Admin2 != "San Román" {
		t.Fatalf("declared latin-1: %v", err)
	}
	// Declared UTF-8: the Latin-1 byte is refused, with where and what to do.
	_, err = ReadACLEDWith(strings.NewReader(latin), "latin.csv", importTime, ACLEDOptions{Encoding: "utf-8"})
	if msg := rastro.ErrorMessage(err); !strings.Contains(msg, "latin.csv:2: admin2: invalid UTF-8") || !strings.Contains(msg, "--encoding") {
		t.Errorf("declared utf-8: %v", err)
	}
	// A Latin-1 byte past the start of a UTF-8 file is refused, not guessed.
	last := strings.LastIndex(sample, "SYNTHETIC")
	late := strings.Replace(sample, "SYNTHETIC test row: soldiers", "SYNTHETIC test row: "+strings.Repeat("x", 70<<10)+" soldiers", 1)
	last = strings.LastIndex(late, "SYNTHETIC")
	late = late[:last] + "SYNTHETIC \xe9" + late[last+len("SYNTHETIC"):]
	_, err = ReadACLED(strings.NewReader(late), "late.csv", importTime)
	if msg := rastro.ErrorMessage(err); rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(msg, "late.csv:5: notes: invalid UTF-8") {
		t.Errorf("late latin-1: %v", err)
	}
}

// cleanText fails t when any string of v is not clean text.
func cleanText(t *testing.T, v any) {
	t.Helper()
	if err := textcheck.Value(v); err != nil {
		t.Fatalf("accepted %v", err)
	}
}

// FuzzImportText: whatever the ACLED and bundle readers accept holds only
// clean text (Latin-1 decoded, NUL and invalid UTF-8 refused), and the
// program's own ACLED export, formulas neutralised, reads back the same.
func FuzzImportText(f *testing.F) {
	data, err := os.ReadFile("testdata/acled_sample.csv")
	if err != nil {
		f.Fatal(err)
	}
	sample := string(data)
	f.Add([]byte(strings.Replace(sample, "San Roman", "San Rom\xe1n", 1)), false)
	f.Add([]byte(strings.Replace(sample, "SYNTHETIC test row: soldiers", "=HYPERLINK(\"x\")\x00", 1)), false)
	f.Add([]byte(strings.Replace(sample, "Juliaca,-15", "@SUM(A1),-15", 1)), false)
	f.Add(writeBundle(f, fixture()), true)
	f.Add([]byte(strings.Replace(string(writeBundle(f, fixture())), `"IV"`, "\"I\xffV\"", 1)), true)
	f.Fuzz(func(t *testing.T, in []byte, bundle bool) {
		if bundle {
			b, err := ReadBundle(bytes.NewReader(in), "fuzz.json")
			if err == nil {
				cleanText(t, b)
			} else if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("non-invalid error %v", err)
			}
			return
		}
		b, err := ReadACLED(bytes.NewReader(in), "fuzz.csv", importTime)
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("non-invalid error %v", err)
			}
			return
		}
		cleanText(t, b)
		var out bytes.Buffer
		if err := WriteACLED(&out, b); err != nil {
			t.Fatal(err)
		}
		back, err := ReadACLED(bytes.NewReader(out.Bytes()), "again.csv", importTime)
		if err != nil {
			t.Fatalf("cannot read own output: %v", err)
		}
		for i, inc := range b.Incidents {
			if back.Incidents[i].Description != inc.Description {
				t.Fatalf("notes %q came back as %q", inc.Description, back.Incidents[i].Description)
			}
		}
	})
}

// FuzzDecodeJSON: a record file (rastro incident create --json, a field
// set's values) is refused with an invalid-input error naming the file, or
// decodes to clean text that writes back and reads again as the same record.
func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{`{"title":"a","when":{"start":"2023-01-11"}}`, `{"title":"a\u0000"}}`, `{"title":"a"} {"title":"b"}`,
		"{\"title\":\"\xe9\"}", `{"title":"a","when":{"start":"2023-13"}}`, `{"citations":[{"source_id":1,"quote":"q"}],"external":{"k":"v"}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var inc rastro.Incident
		if err := DecodeJSON(data, &inc, "case.json"); err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID || !strings.HasPrefix(rastro.ErrorMessage(err), "case.json") {
				t.Fatalf("refusal %v is not invalid input naming the file", err)
			}
			return
		}
		cleanText(t, &inc)
		out, err := json.Marshal(&inc)
		if err != nil {
			t.Fatal(err)
		}
		var back rastro.Incident
		if err := DecodeJSON(out, &back, "again.json"); err != nil {
			t.Fatalf("cannot read own output %s: %v", out, err)
		}
		// Compared as written: an empty list and none write alike.
		if again, _ := json.Marshal(&back); !bytes.Equal(out, again) {
			t.Fatalf("wrote %s, read it back and wrote %s", out, again)
		}
	})
}
