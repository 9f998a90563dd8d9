package rastro

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseTags(t *testing.T) {
	got, err := ParseTags(" Juliaca, needs  autopsy ,juliaca,, ")
	if err != nil || !reflect.DeepEqual(got, Tags{"juliaca", "needs autopsy"}) {
		t.Errorf("got %q, %v", got, err)
	}
	if got, err := ParseTags(""); err != nil || got != nil {
		t.Errorf("empty: %q, %v", got, err)
	}
	for _, bad := range []string{`say "x"`, strings.Repeat("a", MaxTagLen+1), "tab\x01"} {
		if _, err := ParseTags(bad); ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), "tag") {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func FuzzParseTags(f *testing.F) {
	for _, s := range []string{"a,b", " Juliaca , x", `"`, "ñandú, Ñandú"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tags, err := ParseTags(s)
		if err != nil {
			return
		}
		again, err := NormalizeTags(tags)
		if err != nil || !reflect.DeepEqual(again, tags) {
			t.Errorf("not stable: %q then %q, %v", tags, again, err)
		}
	})
}
