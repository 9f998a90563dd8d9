package labels

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestEveryValueNamed fails when an enumeration value has no name in a
// language, or a name looks like an identifier.
func TestEveryValueNamed(t *testing.T) {
	for _, p := range unnamed(Values) {
		t.Error(p)
	}
	for k := range catalogue["es"] {
		if _, ok := catalogue["en"][k]; !ok && !regexp.MustCompile(`^(indicator|pattern)\.`).MatchString(k) {
			t.Errorf("en lacks %q", k)
		}
	}
}

// unnamed lists the values of values that lack a name in a language, or
// whose name looks like an identifier.
func unnamed(values map[string][]string) []string {
	ident := regexp.MustCompile(`[a-z]+_[a-z]+`)
	var out []string
	for _, lang := range Languages {
		for kind, vs := range values {
			for _, v := range vs {
				s, ok := Lookup(lang, kind, v)
				if !ok && !(v == "" && kind != "munition") {
					out = append(out, fmt.Sprintf("%s: no name for %s %q", lang, kind, v))
				}
				if ident.MatchString(s) {
					out = append(out, fmt.Sprintf("%s: the name of %s %q looks like an identifier: %q", lang, kind, v, s))
				}
			}
		}
	}
	return out
}

// TestValuesFromEnums checks that an enumeration's kind lists the values
// of package rastro's list, so that a value added there must be named here
// (TestEveryValueNamed), and that a value without names is caught.
func TestValuesFromEnums(t *testing.T) {
	for kind, e := range Enums {
		for _, v := range e.Values() {
			if !slices.Contains(Values[kind], v) {
				t.Errorf("%s lacks %q", kind, v)
			}
		}
	}
	sex := append(slices.Clone(Values["sex"]), "intersex_unnamed")
	got := unnamed(map[string][]string{"sex": sex})
	if len(got) != len(Languages) || !strings.Contains(got[0], `no name for sex "intersex_unnamed"`) {
		t.Errorf("a value without names: got %q", got)
	}
}

func TestOf(t *testing.T) {
	for _, c := range []struct{ lang, kind, value, want string }{
		{"es", "munition", "live_ammunition", "munición letal"},
		{"en", "conclusion", "extrajudicial_execution", "may constitute an extrajudicial execution"},
		{"es", "role", "jefe_de_seccion", "jefe de seccion"},
		{"es", "sex", "", "—"},
	} {
		if got := Of(c.lang, c.kind, c.value); got != c.want {
			t.Errorf("Of(%s, %s, %q) = %q, want %q", c.lang, c.kind, c.value, got, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct{ kind, in, want string }{
		{"munition", "Munición letal", "live_ammunition"},
		{"munition", "live ammunition", "live_ammunition"},
		{"act", "MUERTE", "killed"},
		{"act", "injured", "injured"},
		{"sex", "mujer", "female"},
	} {
		if got, ok := Parse(c.kind, c.in); !ok || got != c.want {
			t.Errorf("Parse(%s, %q) = %q, %v", c.kind, c.in, got, ok)
		}
	}
	if _, ok := Parse("act", "levitated"); ok {
		t.Error("an unknown word parsed")
	}
}
