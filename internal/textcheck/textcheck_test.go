package textcheck

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	for s, want := range map[string]string{
		"Juliaca, año 2023":  "",
		"tab\tand\nnewline":  "",
		"caf\xe9":            "invalid UTF-8 (byte 0xe9 at byte 4)",
		"a\x00b":             "NUL character at byte 2",
		"\xff":               "invalid UTF-8 (byte 0xff at byte 1)",
		"\u00e9\u0000":       "NUL character at byte 3",
		"esc \x1b[31m is ok": "", // shown escaped on output, not refused
	} {
		err := String(s)
		if got := ""; err != nil {
			got = err.Error()
			if got != want {
				t.Errorf("String(%q) = %q, want %q", s, got, want)
			}
		} else if want != "" {
			t.Errorf("String(%q) = nil, want %q", s, want)
		}
	}
}

func TestJSON(t *testing.T) {
	for _, c := range []struct{ in, path, msg string }{
		{`{"a": "fine", "b": ["x", "y"]}`, "", ""},
		{`{"a": "fine", "b": ["x", "caf` + "\xe9" + `"]}`, ".b[1]", "invalid UTF-8"},
		{`{"notes": "a\u0000b"}`, ".notes", "NUL character at character 2"},
		{`{"notes": "a\\u0000b"}`, "", ""}, // an escaped backslash: text, not NUL
		{`[{"x": 1}, {"external": {"k": "v` + "\xff" + `"}}]`, "[1].external.k", "invalid UTF-8"},
		{`{"k` + "\xff" + `": "v"}`, "", "invalid UTF-8 in a field name"},
		{`"\u0000"`, "", "NUL character at character 1"},
	} {
		p, off, err := JSON([]byte(c.in))
		if c.msg == "" {
			if err != nil {
				t.Errorf("JSON(%q) = %s %v", c.in, p, err)
			}
			continue
		}
		if err == nil || p != c.path || err.Error() != c.msg {
			t.Errorf("JSON(%q) = %q %v, want %q %q", c.in, p, err, c.path, c.msg)
			continue
		}
		if off < 0 || off >= len(c.in) {
			t.Errorf("JSON(%q): offset %d outside the input", c.in, off)
		}
	}
}

// FuzzJSON: whatever JSON reports is really there, and JSON that decodes
// to clean strings is never refused.
func FuzzJSON(f *testing.F) {
	for _, s := range []string{`{"a":"b"}`, `["\u0000"]`, "{\"a\":\"\xe9\"}", `{"a":{"b":[1,"\\u0000"]}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, off, err := JSON(raw)
		if err == nil {
			return
		}
		if off < 0 || off > len(raw) {
			t.Fatalf("offset %d of %d bytes", off, len(raw))
		}
		if strings.Contains(err.Error(), "NUL") {
			var v any
			if json.Unmarshal(raw, &v) == nil && !strings.Contains(string(mustMarshal(v)), `\u0000`) {
				t.Fatalf("NUL reported at %s in %q but none decoded", p, raw)
			}
		}
	})
}

func mustMarshal(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

func TestValue(t *testing.T) {
	type rec struct {
		Name  string
		Tags  []string
		Ext   map[string]string
		Data  []byte
		inner string
	}
	if err := Value(&rec{Name: "ok", Tags: []string{"a"}, Ext: map[string]string{"k": "v"}, Data: []byte{0, 0xff}, inner: "\x00"}); err != nil {
		t.Errorf("clean record: %v", err)
	}
	for _, r := range []rec{{Tags: []string{"a\x00"}}, {Ext: map[string]string{"k\xff": "v"}}, {Name: "\xe9"}} {
		if err := Value(r); err == nil {
			t.Errorf("Value(%+v) = nil", r)
		}
	}
}

// Unmarshal takes one value and nothing after it: a stray "}" once let an
// incident titled "a\u0000" through, since JSON checks only what parses whole.
func TestUnmarshal(t *testing.T) {
	type rec struct {
		Title string `json:"title"`
	}
	var r rec
	if err := Unmarshal([]byte(" {\"title\":\"a\"}\n\t"), &r); err != nil || r.Title != "a" {
		t.Errorf("one value with white space: %v %+v", err, r)
	}
	for _, bad := range []string{`{"title":"a\u0000"}}`, `{"title":"a"} {"title":"b"}`, `{"title":"a"}]`, `{"title":"a"} x`, `{"shoe":1}`, ``} {
		if err := Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("Unmarshal(%q) accepted", bad)
		}
	}
}
