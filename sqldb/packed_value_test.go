package sqldb

import (
	"encoding/json"
	"strconv"
	"testing"
)

// TestPackedValueRead checks the reading of the values json_array writes,
// and of escapes it does not write but JSON allows.
func TestPackedValueRead(t *testing.T) {
	for _, c := range []struct {
		in, rest string
		want     packedValue
	}{
		{`"plain",1`, ",1", packedValue{kind: 's', s: "plain"}},
		{`""`, "", packedValue{kind: 's', s: ""}},
		{`"a\"b\\c\/d\n\t\r\b\f"`, "", packedValue{kind: 's', s: "a\"b\\c/d\n\t\r\b\f", own: true}},
		{`"\u0000\u00e9\u2028"`, "", packedValue{kind: 's', s: "\x00é\u2028", own: true}},
		{`"\ud83d\ude00 and \ud83d alone"`, "", packedValue{kind: 's', s: "😀 and \ufffd alone", own: true}},
		{"\"\xff raw\"", "", packedValue{kind: 's', s: "\xff raw"}},
		{`-9223372036854775808,"x"`, `,"x"`, packedValue{kind: 'i', i: -9223372036854775808}},
		{`42`, "", packedValue{kind: 'i', i: 42}},
		{`-0`, "", packedValue{kind: 'i', i: 0}},
		{`123456789012345678,0`, ",0", packedValue{kind: 'i', i: 123456789012345678}},
		{`9223372036854775807`, "", packedValue{kind: 'i', i: 9223372036854775807}},
		{`1.5e+300`, "", packedValue{kind: 'f', f: 1.5e300}},
		{`null,null`, ",null", packedValue{kind: 'n'}},
	} {
		var v packedValue
		rest, err := v.read(c.in)
		if err != nil || rest != c.rest || v != c.want {
			t.Errorf("read(%q) = %+v, rest %q, %v; want %+v, rest %q", c.in, v, rest, err, c.want, c.rest)
		}
	}
	for _, in := range []string{``, `"unterminated`, `"bad \x escape"`, `"\u12"`, `true`, `[1]`, `1x`, `-`, `1-2`} {
		var v packedValue
		if _, err := v.read(in); err == nil {
			t.Errorf("read(%q) = %+v, want an error", in, v)
		}
	}
}

// FuzzPackedValue: any string as a JSON encoder escapes it, and any
// integer, read back through the packed reader give what encoding/json
// gives, with the rest of the row left after it.
func FuzzPackedValue(f *testing.F) {
	f.Add("plain", int64(1))
	f.Add("a\"b\\c\n\u2028<&>\x00", int64(-9223372036854775808))
	f.Add("\xff\xfe not utf-8 😀", int64(9223372036854775807))
	f.Fuzz(func(t *testing.T, s string, n int64) {
		quoted, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var want string
		if err := json.Unmarshal(quoted, &want); err != nil {
			t.Fatal(err)
		}
		var v packedValue
		rest, err := v.read(string(quoted) + ",null")
		if err != nil || v.kind != 's' || v.s != want || rest != ",null" {
			t.Fatalf("read(%s) = %+v, rest %q, %v; want %q", quoted, v, rest, err, want)
		}
		rest, err = v.read(strconv.FormatInt(n, 10))
		if err != nil || v.kind != 'i' || v.i != n || rest != "" {
			t.Fatalf("read(%d) = %+v, rest %q, %v", n, v, rest, err)
		}
	})
}
