package main

import (
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

// The filters on sex, involvement and posting roles and relation kinds
// select as the others do, and a value outside the enumeration is refused,
// naming the flag's field and the values allowed (from package rastro's
// lists), not taken as a filter that matches nothing.
func TestEnumFilters(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		e.ok("person", "create", "--name", "A", "--sex", "female")
		e.ok("person", "create", "--name", "B", "--sex", "male")
		e.ok("person", "create", "--name", "C")
		e.ok("unit", "create", "--name", "DIROES", "--force", "police")
		e.ok("unit", "create", "--name", "Región Policial Puno", "--force", "police")
		e.ok("relation", "create", "--unit-id", "1", "--parent-id", "2", "--kind", "child_of", "--period-start", "2022")
		e.ok("posting", "create", "--person-id", "2", "--unit-id", "1", "--role", "commander", "--period-start", "2022")
		e.ok("posting", "create", "--person-id", "3", "--unit-id", "1", "--role", "member", "--period-start", "2022")
		e.ok("incident", "create", "--title", "Juliaca", "--when-start", "2023-01-09")
		e.ok("act", "create", "--incident-id", "1", "--victim-id", "1", "--type", "killed")
		e.ok("involvement", "create", "--act-id", "1", "--unit-id", "1", "--role", "present")

		for _, c := range []struct {
			args []string
			want int
		}{
			{[]string{"person", "--sex", "female"}, 1},
			{[]string{"person", "--sex", ""}, 3},
			{[]string{"posting", "--role", "member"}, 1},
			{[]string{"involvement", "--role", "present"}, 1},
			{[]string{"involvement", "--role", "shooter"}, 0},
			{[]string{"relation", "--kind", "member_of"}, 0},
			{[]string{"relation", "--kind", "child_of"}, 1},
		} {
			if n := e.total(c.args...); n != c.want {
				t.Errorf("%v: %d records, want %d", c.args, n, c.want)
			}
		}
		e.fails(rastro.EINVALID, []string{"--sex", "unknown", "female, male, other"}, "person", "list", "--sex", "unknown")
		e.fails(rastro.EINVALID, []string{"--role", "bystander", "shooter, commander, present, ordered"}, "involvement", "list", "--role", "bystander")
		e.fails(rastro.EINVALID, []string{"--role", "shooter", "commander, deputy_commander, chief_of_staff, member"}, "posting", "list", "--role", "shooter")
		e.fails(rastro.EINVALID, []string{"--kind", "ally_of", "child_of, member_of"}, "relation", "list", "--kind", "ally_of")
		e.fails(rastro.EINVALID, []string{"--wound-regions", "elbow", "head, neck"}, "act", "create", "--incident-id", "1", "--type", "injured", "--wound-regions", "head,elbow")
	})
}

// The help of an enumeration's flag lists its values from package rastro's
// list.
func TestEnumFlagHelp(t *testing.T) {
	e := &env{t: t, dataDir: t.TempDir()}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"person", "list", "--help"}, "female, male or other"},
		{[]string{"involvement", "list", "--help"}, "shooter, commander, present or ordered"},
		{[]string{"relation", "create", "--help"}, "child_of or member_of"},
		{[]string{"act", "create", "--help"}, "upper_limb or lower_limb"},
		{[]string{"incident", "create", "--help"}, `yes, no or "" (unknown)`},
	} {
		if out := e.ok(c.args...); !strings.Contains(out, c.want) {
			t.Errorf("%v lacks %q:\n%s", c.args, c.want, out)
		}
	}
}
