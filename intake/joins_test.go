package intake

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestBlockJoins(t *testing.T) {
	page := `<html><body><table><tr><td>10</td><td> grupos </td></tr><tr><td>1</td><td>9</td></tr><tr><td>19</td></tr></table>
<ul><li>in</li><li>to</li></ul><p>We walk into it.</p><ul><li><strong>Balance del día.</strong> La Defensoría, <a href="/x">Lima</a> y Cusco</li></ul><div><p>the police <b>sa</b>id.</p><p><i>Po</i>lice</p></div><p>soft&shy;ware</p><p>end</p></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	j := blockJoins(doc)
	for in, want := range map[string]string{
		"10grupos":        "10 grupos",        // two cells run together
		"19":              "19",               // the page has "19" as a word: cells "1" and "9" do not split it
		"into":            "into",             // nor "into"
		"said.Police\nok": "said. Police\nok", // words across inline markup
		"softwareend":     "software end",     // soft hyphen gone, as the renderer drops it
		"grupos1":         "grupos 1",
		"día.La":          "día. La", // whitespace after inline markup, which go-trafilatura trims in list items
		"Defensoría,Lima": "Defensoría, Lima",
		"Limay":           "Lima y",
	} {
		if got := j.split(in); got != want {
			t.Errorf("split(%q) = %q, want %q", in, got, want)
		}
	}
	if got := joins(nil).split("a b"); got != "a b" {
		t.Errorf("nil joins changed the text: %q", got)
	}
}

// FuzzBlockJoins checks that splitting only ever adds spaces.
func FuzzBlockJoins(f *testing.F) {
	f.Add("<table><tr><td>10</td><td>grupos</td></tr></table>", "10grupos y 19")
	f.Add("<ul><li>a b</li><li><b>c</b>d</li></ul>", "bcd bc\nb")
	f.Fuzz(func(t *testing.T, page, text string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		out := blockJoins(doc).split(text)
		if strings.ReplaceAll(out, " ", "") != strings.ReplaceAll(text, " ", "") {
			t.Fatalf("split(%q) = %q changed more than spaces", text, out)
		}
	})
}
