package web

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/labels"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestEnumFilters: the API filters persons by sex, involvements and
// postings by role and relations by kind as the command line does, and
// refuses a value outside the enumeration, naming the field and the values
// allowed (from package rastro's lists).
func TestEnumFilters(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleAnalyst)
			ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
			female := rastro.SexFemale
			_, women, err := f.db.Persons().List(ctx, rastro.PersonFilter{Sex: &female})
			if err != nil {
				t.Fatal(err)
			}
			_, all, err := f.db.Persons().List(ctx, rastro.PersonFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if women == 0 || women == all {
				t.Fatalf("the fixture holds %d women of %d persons; the test needs some and not all", women, all)
			}
			var pv personsView
			apiJSON(t, f, c, "GET", "/api/persons?sex=female", "", 200, &pv)
			if pv.Total != women {
				t.Errorf("persons?sex=female: %d, want %d", pv.Total, women)
			}
			apiJSON(t, f, c, "GET", "/api/persons?sex=", "", 200, &pv)
			if pv.Total != all {
				t.Errorf("persons?sex=: %d, want all %d", pv.Total, all)
			}
			present := rastro.RolePresent
			_, n, err := f.db.Involvements().List(ctx, rastro.InvolvementFilter{Role: &present})
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				t.Fatal("the fixture holds no involvement with role present")
			}
			var lv struct{ Total int }
			apiJSON(t, f, c, "GET", "/api/involvements?role=present", "", 200, &lv)
			if lv.Total != n {
				t.Errorf("involvements?role=present: %d, want %d", lv.Total, n)
			}
			for _, c2 := range []struct {
				path, field string
				values      []string
			}{
				{"/api/persons?sex=unknown", "sex", rastro.Sex("").Values()},
				{"/api/involvements?role=bystander", "role", rastro.Role("").Values()},
				{"/api/postings?role=shooter", "role", rastro.PostingRole("").Values()},
				{"/api/relations?kind=ally_of", "kind", rastro.RelationKind("").Values()},
			} {
				var bad map[string]string
				apiJSON(t, f, c, "GET", c2.path, "", 400, &bad)
				if msg := bad["error"]; !strings.HasPrefix(msg, c2.field+":") || !strings.Contains(msg, strings.Join(c2.values, ", ")) {
					t.Errorf("%s: %q, want the field and %v", c2.path, msg, c2.values)
				}
			}
		})
	}
}

// TestEnumChoices: the pages' selects offer the values of package rastro's
// (and auth's) lists, in their order.
func TestEnumChoices(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleAdmin)
	options := func(values []string) string {
		var b strings.Builder
		for _, v := range values {
			b.WriteString(`<option value="` + v + `"`)
		}
		return b.String()
	}
	strip := regexp.MustCompile(`( selected)?>[^<]*</option>`)
	for _, c2 := range []struct {
		path, selectTag string
		values          []string
	}{
		{"/persons", `<select name="sex" id="p-sex"><option value=""`, rastro.Sex("").Values()},
		{"/claims", `<select name="status">`, append(rastro.ClaimStatus("").Values(), "all")},
		{"/claims", `<select name="kind"><option value=""`, rastro.ClaimKind("").Values()},
		{"/users", `<select name="role">`, append(auth.Role("").Values()[1:], "admin")},
		{"/users", `<select name="role" form="user-form-1">`, auth.Role("").Values()},
		// The lists of the drawn forms offer an enumeration's values as
		// their filter, not a text box.
		{"/involvements", `<select name="role" id="f-role"><option value=""`, rastro.Role("").Values()},
		{"/postings", `<select name="role" id="f-role"><option value=""`, rastro.PostingRole("").Values()},
		{"/relations", `<select name="kind" id="f-kind"><option value=""`, rastro.RelationKind("").Values()},
	} {
		body := strip.ReplaceAllString(readAll(t, f.do(c, "GET", c2.path, "", "")), "")
		if want := c2.selectTag + options(c2.values) + "</select>"; !strings.Contains(body, want) {
			t.Errorf("%s lacks %s", c2.path, want)
		}
	}
	// In Spanish, with the filter's value kept.
	body := readAll(t, f.do(c, "GET", "/involvements?role=present&lang=es", "", ""))
	if want := `<option value="present" selected>` + labels.Of("es", "involvement", "present") + `</option>`; !strings.Contains(body, want) {
		t.Errorf("/involvements in Spanish lacks %s", want)
	}
}
