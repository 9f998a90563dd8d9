package labels

import (
	"regexp"
	"testing"
)

// TestEveryValueNamed fails when an enumeration value has no name in a
// language, or a name looks like an identifier.
func TestEveryValueNamed(t *testing.T) {
	ident := regexp.MustCompile(`[a-z]+_[a-z]+`)
	for _, lang := range Languages {
		for kind, values := range Values {
			for _, v := range values {
				s, ok := Lookup(lang, kind, v)
				if !ok && !(v == "" && kind != "munition") {
					t.Errorf("%s: no name for %s %q", lang, kind, v)
				}
				if ident.MatchString(s) {
					t.Errorf("%s: the name of %s %q looks like an identifier: %q", lang, kind, v, s)
				}
			}
		}
	}
	for k := range catalogue["es"] {
		if _, ok := catalogue["en"][k]; !ok && !regexp.MustCompile(`^(indicator|pattern)\.`).MatchString(k) {
			t.Errorf("en lacks %q", k)
		}
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
