package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/spf13/pflag"
)

// parse applies command-line flags to a copy of r.
func parse[T any](t *testing.T, r T, args ...string) (T, error) {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	ff := addFieldFlags(fs, reflect.TypeFor[T](), "test", "set", nil)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	err := ff.apply(&r)
	return r, err
}

func TestFieldFlagsApplyOnlyWhatWasGiven(t *testing.T) {
	age := 30
	p := rastro.Person{Name: "A", Aliases: []string{"x, y"}, Age: &age, Occupation: "farmer"}
	got, err := parse(t, p, "--aliases", "Pepe, el alto", "--aliases", "P", "--protected", "--birth-date", "1990-05")
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "A" || got.Occupation != "farmer" || *got.Age != 30 {
		t.Errorf("fields without flags changed: %+v", got)
	}
	if strings.Join(got.Aliases, "|") != "Pepe, el alto|P" || !got.Protected || got.BirthDate != rastro.MustDate("1990-05") {
		t.Errorf("flags not applied: %+v", got)
	}
	got, err = parse(t, p, "--aliases", "", "--age", "")
	if err != nil || got.Aliases != nil && len(got.Aliases) != 0 || got.Age != nil {
		t.Errorf("clearing: %+v %v", got, err)
	}

	a, err := parse(t, rastro.Act{}, "--wound-regions", "head, chest", "--wound-regions", "neck",
		"--citations", `{"source_id": 2, "page": 3}`, "--citations", `{"source_id": 4}`)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.WoundRegions) != 3 || a.WoundRegions[1] != rastro.RegionChest || len(a.Citations) != 2 || a.Citations[0].Page != 3 {
		t.Errorf("lists: %+v", a)
	}
	inc, err := parse(t, rastro.Incident{}, "--external", "actor1=Police, Peru", "--when-open")
	if err != nil || inc.External["actor1"] != "Police, Peru" || !inc.When.Open {
		t.Errorf("map and nested bool: %+v %v", inc, err)
	}

	refused := map[string]func() error{
		"--wound-count": func() error { _, err := parse(t, rastro.Act{}, "--wound-count", "two"); return err },
		"--citations":   func() error { _, err := parse(t, rastro.Act{}, "--citations", `{"source": 1}`); return err },
		"--birth-date":  func() error { _, err := parse(t, rastro.Person{}, "--birth-date", "1990-13"); return err },
		"--age":         func() error { _, err := parse(t, rastro.Person{}, "--age", "x"); return err },
		"--external":    func() error { _, err := parse(t, rastro.Incident{}, "--external", "novalue"); return err },
		"--when-start":  func() error { _, err := parse(t, rastro.Incident{}, "--when-start", "2023-02-30"); return err },
		// Claim.Data's flag is named after the record ("test" in parse).
		"--test-data": func() error { _, err := parse(t, rastro.Claim{}, "--test-data", "{"); return err },
	}
	for flag, run := range refused {
		if err := run(); err == nil || rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), flag) {
			t.Errorf("%s: %v", flag, err)
		}
	}
}

func TestFilterFlags(t *testing.T) {
	f, err := parse(t, rastro.IncidentFilter{}, "--from", "2023-01", "--place-id", "4", "--limit", "5")
	if err != nil {
		t.Fatal(err)
	}
	if *f.From != rastro.MustDate("2023-01") || *f.PlaceID != 4 || f.Limit != 5 || f.To != nil || f.Query != nil {
		t.Errorf("filter: %+v", f)
	}
}
