package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

// A drawn form reads every kind of field, leaves out what it does not
// carry, and names the field of a bad value.
func TestSetFields(t *testing.T) {
	lat := 1.5
	p := &rastro.Place{Name: "Juliaca", Latitude: &lat, GeoPrecision: 2}
	form := url.Values{"name": {"Juliaca "}, "ubigeo": {"211101"}, "longitude": {"-70.13"}, "latitude": {""}, "confidence": {"high"}}
	if err := setFields(&http.Request{PostForm: form}, p); err != nil {
		t.Fatal(err)
	}
	if p.Name != "Juliaca" || p.Ubigeo != "211101" || p.Longitude == nil || *p.Longitude != -70.13 || p.Latitude != nil || p.GeoPrecision != 2 || p.Confidence != "high" {
		t.Errorf("place %+v", p)
	}
	post := &rastro.Posting{}
	form = url.Values{"person_id": {"3"}, "period.start": {"2023-01"}, "period.open": {"", "yes"}, "rank": {"General"}}
	if err := setFields(&http.Request{PostForm: form}, post); err != nil {
		t.Fatal(err)
	}
	if post.PersonID != 3 || post.Period.Start.String() != "2023-01" || !post.Period.Open || post.Rank != "General" {
		t.Errorf("posting %+v", post)
	}
	u := &rastro.Unit{}
	if err := setFields(&http.Request{PostForm: url.Values{"aliases": {"DIROES, , PNP"}}}, u); err != nil || strings.Join(u.Aliases, "|") != "DIROES|PNP" {
		t.Errorf("aliases %q %v", u.Aliases, err)
	}
	for field, bad := range map[string]string{"person_id": "three", "period.start": "January", "rank": ""} {
		err := setFields(&http.Request{PostForm: url.Values{field: {bad}}}, post)
		if bad == "" {
			if err != nil {
				t.Errorf("%s empty: %v", field, err)
			}
			continue
		}
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), strings.ReplaceAll(field, "_", " ")) {
			t.Errorf("%s=%q: %v", field, bad, err)
		}
	}
	// The conflict page's rows read the same fields back.
	rows := fieldsOf(post, nil)
	got := map[string]string{}
	for _, f := range rows {
		got[f.Name] = f.Value
	}
	if got["person_id"] != "3" || got["period.start"] != "2023-01" || got["period.open"] != "yes" {
		t.Errorf("rows %v", got)
	}
}

// FuzzSetFields: any value in any field of a drawn form is read or
// refused as invalid input, never a panic, and the record's rows still draw.
func FuzzSetFields(f *testing.F) {
	for _, s := range [][2]string{{"rounds", "12"}, {"date", "2023-01-09"}, {"latitude", "-15.5"}, {"aliases", "a, b"}, {"period.open", "yes"}, {"unit_id", "-1"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, name, value string) {
		for _, v := range []any{&rastro.DischargeRecord{}, &rastro.Place{}, &rastro.Unit{}, &rastro.Deployment{}, &rastro.Claim{}} {
			err := setFields(&http.Request{PostForm: url.Values{name: {value}}}, v)
			if err != nil && rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("%s=%q: %v", name, value, err)
			}
			fieldsOf(v, nil)
		}
	})
}
