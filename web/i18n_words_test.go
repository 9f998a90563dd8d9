package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/dependents"
	"github.com/rastro-project/rastro/labels"
	"github.com/rastro-project/rastro/mse"
	"github.com/rastro-project/rastro/mse/strata"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// formFields are the fields the drawn form f shows for a new record.
func formFields[T any](f recordForm[T]) []formField {
	var e editView
	f.into(&e, new(T))
	return e.Fields
}

// Every field of every drawn form has a name in both languages, and every
// choice a name in the labels catalogue: the pages never show a key or an
// identifier in their place.
func TestDrawnFormWords(t *testing.T) {
	forms := map[string][]formField{
		"sources": formFields(sourceForm), "places": formFields(placeForm), "units": formFields(unitForm),
		"relations": formFields(relationForm), "postings": formFields(postingForm), "deployments": formFields(deploymentForm),
		"discharges": formFields(dischargeForm), "involvements": formFields(involvementForm), "claims": formFields(claimForm),
	}
	for name, fields := range forms {
		for _, f := range fields {
			for _, lang := range labels.Languages {
				if _, ok := messages[lang]["field."+f.Name]; !ok {
					t.Errorf("%s: form of %s: no word for field %q", lang, name, f.Name)
				}
				for _, o := range f.Options {
					if _, ok := labels.Lookup(lang, f.Enum, o); !ok && o != "" {
						t.Errorf("%s: form of %s, field %s: no name for %s %q", lang, name, f.Name, f.Enum, o)
					}
				}
			}
		}
	}
	for _, lang := range labels.Languages {
		for _, k := range sourceKinds()[1:] {
			if _, ok := labels.Lookup(lang, "kind", k); !ok {
				t.Errorf("%s: no name for source kind %q", lang, k)
			}
		}
		for _, by := range strata.ListsBy {
			if _, ok := labels.Lookup(lang, "lists_by", by); !ok {
				t.Errorf("%s: no name for lists by %q", lang, by)
			}
		}
		for _, by := range strata.By {
			if _, ok := labels.Lookup(lang, "stratum_by", by); !ok {
				t.Errorf("%s: no name for strata by %q", lang, by)
			}
		}
	}
}

// Every warning an estimate can carry is worded in both languages, from
// the same values in the same order.
func TestEstimateWarningWords(t *testing.T) {
	for _, kind := range mse.WarningKinds {
		en, ok := messages["en"]["mse."+kind]
		if !ok {
			t.Errorf("en: no words for warning %q", kind)
		}
		es, ok := messages["es"]["mse."+kind]
		if !ok {
			t.Errorf("es: no words for warning %q", kind)
		}
		if strings.Count(en, "%") != strings.Count(es, "%") {
			t.Errorf("warning %q: %q and %q take different values", kind, en, es)
		}
	}
	v := view{Lang: "es"}
	got := v.Warnings([]mse.Warning{mse.NewWarning(mse.WarnFewOverlaps, "too few overlaps: only %.0f of %.0f people", 0.0, 54.0),
		mse.NewWarning(mse.WarnNoOverlap, "lists %s and %s share nobody", "Defensoría", "CNDDHH")})
	if want := "muy pocas coincidencias: solo 0 de 54 personas están en más de una lista; las estimaciones no son fiables; " +
		"las listas Defensoría y CNDDHH no comparten a nadie: su interacción no es estimable"; got != want {
		t.Errorf("warnings in Spanish: %q, want %q", got, want)
	}
	err := &strata.ListCountError{By: "kind", Lists: []string{"ngo_report"}, Other: []string{"publisher", "source"}}
	want := fmt.Sprintf("Los registros de las víctimas citan 1 listas por tipo de fuente (informe de ONG): una estimación requiere de 2 a %d; pruebe listas por medio o fuente.", mse.MaxLists)
	if got := noEstimate("es", err); got != want {
		t.Errorf("no estimate in Spanish: %q, want %q", got, want)
	}
}

// Every table whose rows can keep a record from being deleted, and the
// column they refer to it by, have names for the delete confirmation.
func TestDependentsWords(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		fks, err := db.ForeignKeys(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range dependents.Kinds {
			for _, fk := range fks {
				if fk.Target != k.Table {
					continue
				}
				for _, lang := range labels.Languages {
					for _, kind := range []string{"row", "rows"} {
						if _, ok := labels.Lookup(lang, kind, fk.Table); !ok {
							t.Errorf("%s: no name for a %s of %s", lang, kind, fk.Table)
						}
					}
					if _, ok := labels.Lookup(lang, "field", fk.Column); !ok {
						t.Errorf("%s: no name for %s.%s", lang, fk.Table, fk.Column)
					}
				}
			}
		}
	})
	v := view{Lang: "es"}
	if got := v.Rows(6, "acts") + " / " + v.Rows(1, "persons"); got != "6 actos / 1 persona" {
		t.Errorf("rows in Spanish: %q", got)
	}
	rep := &dependents.Report{Version: 3, Refs: []dependents.Ref{{Table: "acts", Column: "incident_id", Count: 2}}}
	if got := refusal("es", rep, 2); !strings.Contains(got, "versión 2") || !strings.Contains(got, "versión 3") {
		t.Errorf("stale delete in Spanish: %q", got)
	}
}

// The conflict page names an enumerated field's values, and shows the
// others as stored.
func TestConflictRowWords(t *testing.T) {
	v := view{Lang: "es"}
	if got := (conflictRow{Enum: "act"}).Show(v, "killed"); got != "muerte" {
		t.Errorf("act type on the conflict page: %q", got)
	}
	if got := (conflictRow{}).Show(v, "Juliaca"); got != "Juliaca" {
		t.Errorf("plain value on the conflict page: %q", got)
	}
	for name, enums := range handEnums {
		for field, kind := range enums {
			if _, ok := labels.Values[kind]; !ok {
				t.Errorf("%s.%s: no labels kind %q", name, field, kind)
			}
		}
	}
}
