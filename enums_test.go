package rastro_test

import (
	"slices"
	"testing"

	"github.com/rastro-project/rastro"
)

// Every enumeration lists its values once, none of them empty, and a
// record with a value outside the list is refused naming the field and the
// values allowed.
func TestEnumValues(t *testing.T) {
	for _, e := range []rastro.Enum{rastro.Force(""), rastro.ActType(""), rastro.Munition(""), rastro.SourceKind(""),
		rastro.ClaimKind(""), rastro.ClaimStatus(""), rastro.BodyRegion(""), rastro.EntrySide(""), rastro.Distance(""),
		rastro.Activity(""), rastro.Sex(""), rastro.Tri(""), rastro.Confidence(""), rastro.Status(""), rastro.Role(""),
		rastro.PostingRole(""), rastro.RelationKind(""), rastro.Label(""), rastro.CustodyAction("")} {
		vs := e.Values()
		if len(vs) == 0 || slices.Contains(vs, "") || len(slices.Compact(slices.Sorted(slices.Values(vs)))) != len(vs) {
			t.Errorf("%T: values %q", e, vs)
		}
	}
	for _, c := range []struct {
		err  error
		want string
	}{
		{(&rastro.Person{Name: "x", Sex: "unknown"}).Validate(), "invalid sex \"unknown\": want one of female, male, other"},
		{(&rastro.Involvement{ActID: 1, UnitID: 1, Role: "bystander"}).Validate(), "invalid role \"bystander\": want one of shooter, commander, present, ordered"},
		{(&rastro.UnitRelation{UnitID: 1, ParentID: 2, Kind: "ally_of"}).Validate(), "invalid relation kind \"ally_of\": want one of child_of, member_of"},
	} {
		if rastro.ErrorCode(c.err) != rastro.EINVALID || rastro.ErrorMessage(c.err) != c.want {
			t.Errorf("got %v, want %q", c.err, c.want)
		}
	}
}
