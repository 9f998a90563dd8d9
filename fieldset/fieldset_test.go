package fieldset

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

func TestKebab(t *testing.T) {
	for in, want := range map[string]string{
		"when.start_exact": "when-start-exact", "IncidentID": "incident-id", "SHA256": "sha256",
		"ID": "id", "geo_precision": "geo-precision", "PlaceID": "place-id", "Query": "query",
	} {
		if got := Kebab(in); got != want {
			t.Errorf("Kebab(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFromQuery(t *testing.T) {
	var f rastro.ActFilter
	q := url.Values{"incident": {"3"}, "victim_id": {"7"}, "munition": {"live_ammunition"}, "type": {""}, "offset": {"20"}, "lang": {"es"}}
	if err := FromQuery(&f, q, map[string]string{"incident": "incident_id"}); err != nil {
		t.Fatal(err)
	}
	if f.IncidentID == nil || *f.IncidentID != 3 || f.VictimID == nil || *f.VictimID != 7 {
		t.Errorf("ids: %+v", f)
	}
	if f.Munition == nil || *f.Munition != rastro.MunitionLive || f.Type != nil || f.Offset != 20 {
		t.Errorf("munition, type, offset: %+v", f)
	}
	var s rastro.SourceFilter
	if err := FromQuery(&s, url.Values{"q": {" tear gas "}, "sha256": {"ab"}}, map[string]string{"q": "query"}); err != nil {
		t.Fatal(err)
	}
	if s.Query == nil || *s.Query != "tear gas" || s.SHA256 == nil || *s.SHA256 != "ab" {
		t.Errorf("source filter: %+v", s)
	}
}

func TestFromQueryNamesTheBadParameter(t *testing.T) {
	var f rastro.ActFilter
	err := FromQuery(&f, url.Values{"victim_id": {"seven"}}, nil)
	if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), "victim_id") || !strings.Contains(err.Error(), "seven") {
		t.Errorf("err = %v; want EINVALID naming victim_id and the value", err)
	}
	err = FromQuery(&f, url.Values{"tag": {"a\x00b"}}, nil)
	if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), "tag") {
		t.Errorf("control character: err = %v; want EINVALID naming tag", err)
	}
}

func TestSetLists(t *testing.T) {
	var p rastro.Person
	for _, f := range Of(reflect.TypeOf(p)) {
		switch f.Name {
		case "aliases":
			if err := f.Set(&p, []string{"Pepe, el alto", "P"}); err != nil {
				t.Fatal(err)
			}
		case "id", "version":
			t.Errorf("%s is the store's", f.Name)
		}
	}
	if len(p.Aliases) != 2 || p.Aliases[0] != "Pepe, el alto" {
		t.Errorf("aliases = %q; want two, commas kept in text", p.Aliases)
	}
}

// A value outside an enumeration's set is refused, naming the parameter
// and the values allowed (taken from rastro's own list).
func TestFromQueryRefusesUnknownEnumValues(t *testing.T) {
	cases := []struct {
		filter any
		param  string
		values []string
	}{
		{&rastro.UnitFilter{}, "force", rastro.Force("").Values()},
		{&rastro.ActFilter{}, "munition", rastro.Munition("").Values()},
		{&rastro.ActFilter{}, "type", rastro.ActType("").Values()},
		{&rastro.SourceFilter{}, "kind", rastro.SourceKind("").Values()},
		{&rastro.ClaimFilter{}, "status", rastro.ClaimStatus("").Values()},
		{&rastro.PersonFilter{}, "sex", rastro.Sex("").Values()},
		{&rastro.InvolvementFilter{}, "role", rastro.Role("").Values()},
		{&rastro.PostingFilter{}, "role", rastro.PostingRole("").Values()},
		{&rastro.UnitRelationFilter{}, "kind", rastro.RelationKind("").Values()},
		{&rastro.Act{}, "wound_regions", rastro.BodyRegion("").Values()},
		{&rastro.Act{}, "activity", rastro.Activity("").Values()},
		{&rastro.Person{}, "minor", rastro.Tri("").Values()},
		{&rastro.Unit{}, "confidence", rastro.Confidence("").Values()},
	}
	for _, c := range cases {
		err := FromQuery(c.filter, url.Values{c.param: {"cavalry"}}, nil)
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), c.param+":") ||
			!strings.Contains(err.Error(), "cavalry") || !strings.Contains(err.Error(), strings.Join(c.values, ", ")) {
			t.Errorf("%s=cavalry: err = %v; want EINVALID naming %s and %v", c.param, err, c.param, c.values)
		}
		if err := FromQuery(c.filter, url.Values{c.param: {c.values[len(c.values)-1]}}, nil); err != nil {
			t.Errorf("%s=%s: %v", c.param, c.values[len(c.values)-1], err)
		}
	}
	var u rastro.UnitFilter
	if err := FromQuery(&u, url.Values{"force": {""}}, nil); err != nil || u.Force != nil {
		t.Errorf("an empty force clears the filter: %v, %v", err, u.Force)
	}
}
