package web

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
)

func TestSegments(t *testing.T) {
	text := "Protests in Juliaca: <b>18</b> killed. Más heridos."
	span := func(id int64, s string) *rastro.Claim {
		i := strings.Index(text, s)
		return claimAt(id, i, i+len(s))
	}
	segs := segments(text, []*rastro.Claim{
		span(2, "<b>18</b> killed"), span(1, "Juliaca"), span(3, "18"), // 3 overlaps 2: left unmarked
		claimAt(4, 40, 400), // outside the text
		claimAt(5, strings.Index(text, "á")+1, len(text)), // inside a character
	})
	var got []string
	var whole strings.Builder
	for _, s := range segs {
		whole.WriteString(s.Text)
		if s.Claim != nil {
			got = append(got, s.Text)
		}
	}
	if whole.String() != text || strings.Join(got, "|") != "Juliaca|<b>18</b> killed" {
		t.Errorf("segments %q, marked %q", whole.String(), got)
	}
}

// FuzzSegments: whatever the spans, the segments put back together are
// the text (valid UTF-8), and marked spans do not overlap.
func FuzzSegments(f *testing.F) {
	f.Add("Protests in Juliaca: 18 killed.", 12, 19, 21, 30)
	f.Add("Más heridos", 1, 2, 0, 11)
	f.Add("", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		segs := segments(text, []*rastro.Claim{claimAt(1, s1, e1), claimAt(2, s2, e2)})
		var whole strings.Builder
		marked := 0
		for _, s := range segs {
			whole.WriteString(s.Text)
			if s.Claim != nil {
				marked++
			}
		}
		if whole.String() != text {
			t.Fatalf("segments make %q of %q", whole.String(), text)
		}
		if marked > 2 {
			t.Fatalf("%d marks for two claims", marked)
		}
	})
}

func claimAt(id int64, start, end int) *rastro.Claim {
	c := &rastro.Claim{Start: start, End: end}
	c.ID = id
	return c
}
