package svg

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

// wellFormed parses the SVG as XML and counts its elements by name.
func wellFormed(t *testing.T, s string) map[string]int {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	count := map[string]int{}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return count
		}
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, s)
		}
		if se, ok := tok.(xml.StartElement); ok {
			count[se.Name.Local]++
		}
	}
}

func TestHBars(t *testing.T) {
	s := HBars("b", "Wounds <&>", []Bar{{Label: "head", Value: 10, Href: "#L1", Tip: "head: 10"}, {Label: "leg \"x\"", Value: 0}}, 400)
	n := wellFormed(t, s)
	if n["rect"] != 2 || n["a"] != 1 {
		t.Errorf("elements %v: want 2 bars, 1 linked", n)
	}
	if !strings.Contains(s, `href="#L1"`) || !strings.Contains(s, "Wounds &lt;&amp;&gt;") {
		t.Errorf("link or escaped title missing:\n%s", s)
	}
}

func TestStacked(t *testing.T) {
	stacks := []Stack{
		{Label: "2023-01-09", Values: []int{3, 2, 0}, Hrefs: []string{"#L1", "#L2", ""}},
		{Label: "2023-01-10", Values: []int{0, 1, 1}, Hrefs: []string{"", "#L3", "#L4"}},
	}
	n := wellFormed(t, Stacked("h", "Harm", []string{"killed", "injured", "other"}, stacks, 300, 200))
	// 3 legend squares + 4 non-zero segments, each segment linked.
	if n["rect"] != 7 || n["a"] != 4 {
		t.Errorf("elements %v: want 7 rects and 4 links", n)
	}
	wellFormed(t, Stacked("e", "Empty", []string{"a"}, nil, 300, 200))
}

func TestTimeline(t *testing.T) {
	day := func(s string) time.Time { v, _ := time.Parse("2006-01-02", s); return v }
	events := []Event{
		{Lane: 0, Start: day("2022-12-11"), End: day("2022-12-11"), Size: 6, Class: "inc", Href: "#L1"},
		{Lane: 1, Start: day("2023-01-09"), End: day("2023-01-12"), Size: 29, Class: "inc fatal", Href: "#L2"},
	}
	s := Timeline("t", "Timeline", []string{"Apurímac", "Puno"}, events, 800)
	n := wellFormed(t, s)
	if n["circle"] != 2 || n["a"] != 2 {
		t.Errorf("elements %v", n)
	}
	if !strings.Contains(s, "2022-12-11") {
		t.Errorf("no tick at the first day:\n%s", s)
	}
}

func TestNiceStep(t *testing.T) {
	for _, c := range []struct{ max, n, want int }{{1, 5, 1}, {5, 5, 1}, {12, 5, 5}, {29, 5, 10}, {170, 5, 50}, {1000, 5, 200}} {
		if got := niceStep(c.max, c.n); got != c.want {
			t.Errorf("niceStep(%d, %d) = %d, want %d", c.max, c.n, got, c.want)
		}
	}
}

func TestTicks(t *testing.T) {
	day := func(s string) time.Time { v, _ := time.Parse("2006-01-02", s); return v }
	for _, c := range []struct{ from, to string }{{"2022-12-11", "2023-01-10"}, {"2022-12-01", "2023-12-01"}, {"2020-01-01", "2030-01-01"}, {"2023-01-09", "2023-01-10"}} {
		ts := ticks(day(c.from), day(c.to))
		if len(ts) == 0 || len(ts) > 12 {
			t.Errorf("%s..%s: %d ticks", c.from, c.to, len(ts))
		}
		for _, tk := range ts {
			if tk.Before(day(c.from)) || tk.After(day(c.to)) {
				t.Errorf("%s..%s: tick %s outside", c.from, c.to, tk)
			}
		}
	}
}
