package web

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

// FuzzSafeNext checks that no "next" value sends a user off the site.
func FuzzSafeNext(f *testing.F) {
	for _, s := range []string{"", "/", "/incidents?q=a", "//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "/%2f%2fevil", " /x", "/ok#frag"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, next string) {
		got := safeNext(next)
		if !strings.HasPrefix(got, "/") || strings.HasPrefix(got, "//") || strings.HasPrefix(got, "/\\") {
			t.Fatalf("safeNext(%q) = %q", next, got)
		}
		u, err := url.Parse(got)
		if err != nil || u.Host != "" || u.Scheme != "" {
			t.Fatalf("safeNext(%q) = %q leaves the site", next, got)
		}
		// What a browser would resolve it to stays on this origin.
		base, _ := url.Parse("http://rastro.example/page")
		if r := base.ResolveReference(u); r.Host != "rastro.example" {
			t.Fatalf("safeNext(%q) = %q resolves to %s", next, got, r)
		}
	})
}

// FuzzRecordForms posts any form to the act and person form readers: a
// value that does not parse is an EINVALID error naming it, never a panic,
// and fields the form does not carry keep their values.
func FuzzRecordForms(f *testing.F) {
	for _, s := range []string{"", "type=killed&wound_regions=&wound_regions=chest&cite_source=3&cite_page=2&cite_quote=shot",
		"wound_count=-1", "cite_page=4", "victim_id=x", "age=17&minor=yes&aliases=a,,b", "age=&protected=yes", "home_place_id=-2", "cite_source=0", "age=%ff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		form, err := url.ParseQuery(body)
		if err != nil || form.Has("victim_name") { // a new victim needs the store
			return
		}
		r := httptest.NewRequest("POST", "/acts", nil)
		r.PostForm = form
		a := rastro.Act{IncidentID: 9, Weapon: "kept", Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: 1}}}}
		err = actFromForm(nil, r, &a)
		if err != nil && rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("act form %q: %v", body, err)
		}
		if !form.Has("weapon") && a.Weapon != "kept" || !form.Has("incident_id") && a.IncidentID != 9 {
			t.Fatalf("act form %q changed fields it lacks: %+v", body, a)
		}
		if err == nil && (len(a.Citations) == 2) != (strings.TrimSpace(form.Get("cite_source")) != "") {
			t.Fatalf("act form %q: citations %+v", body, a.Citations)
		}
		age := 40
		p := rastro.Person{Name: "kept", Age: &age}
		err = personForm.fromForm(nil, r, &p)
		if err != nil && rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("person form %q: %v", body, err)
		}
		if !form.Has("name") && p.Name != "kept" || !form.Has("age") && (p.Age == nil || *p.Age != 40) {
			t.Fatalf("person form %q changed fields it lacks: %+v", body, p)
		}
		if err == nil && p.Age != nil && *p.Age < 0 {
			t.Fatalf("person form %q: age %d", body, *p.Age)
		}
	})
}
