package sqldb

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/rastro-project/rastro"
)

// FuzzJSONDest checks that the lists jsonDest takes apart itself come out
// as encoding/json reads them, and that what it leaves to encoding/json is
// read the same way too.
func FuzzJSONDest(f *testing.F) {
	for _, s := range []string{`[]`, `["head"]`, `["head","chest"]`, `[""]`, `["a",""]`, `["ñandú"]`, `["\u003c"]`, `["a\"b"]`,
		`[ "a" ]`, `["a",]`, `[,"a"]`, `["a""b"]`, `["a`, `[`, `null`, `"x"`, `[1]`, "[\"\xff\"]", "[\"a\tb\"]", `{"a":"b"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return // NULL or empty: the zero value, by design
		}
		var want, got []rastro.BodyRegion
		wantErr := json.Unmarshal([]byte(s), &want)
		gotErr := jsonDest{&got}.Scan(s)
		if (wantErr == nil) != (gotErr == nil) {
			t.Fatalf("%q: encoding/json error %v, jsonDest error %v", s, wantErr, gotErr)
		}
		if wantErr == nil && (!reflect.DeepEqual(got, want) || (got == nil) != (want == nil)) {
			t.Fatalf("%q: encoding/json reads %#v, jsonDest %#v", s, want, got)
		}
	})
}
