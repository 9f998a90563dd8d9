package sqldb_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
	"github.com/rastro-project/rastro/transfer"
)

// bundleFile is a database's export as `rastro export` writes it.
func bundleFile(t testing.TB, db *sqldb.DB) []byte {
	t.Helper()
	b, err := db.Export(ownerCtx())
	must(t, err)
	var buf bytes.Buffer
	must(t, transfer.WriteBundle(&buf, b))
	return buf.Bytes()
}

// backwards rewrites a bundle file with its lists in the reverse order and
// each list reversed, so that every reference points forward in the file:
// acts before their incidents, a derived evidence item before its original.
func backwards(t *testing.T, file []byte) []byte {
	t.Helper()
	var fields map[string]json.RawMessage
	must(t, json.Unmarshal(file, &fields))
	var keys []string
	for _, f := range reflect.VisibleFields(reflect.TypeFor[rastro.Bundle]()) {
		keys = append(keys, strings.Split(f.Tag.Get("json"), ",")[0])
	}
	slices.Reverse(keys)
	var out bytes.Buffer
	out.WriteString(`{"format": "rastro-bundle", "version": 2`)
	for _, k := range keys {
		raw, ok := fields[k]
		if !ok || k == "format" || k == "version" {
			continue
		}
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			slices.Reverse(list)
			raw, _ = json.Marshal(list)
		}
		out.WriteString(",\n\"" + k + "\": ")
		out.Write(raw)
	}
	out.WriteString("}\n")
	return out.Bytes()
}

// A bundle streamed in gives back the same export, also when every
// reference in the file points forward.
func TestImportStreamRoundTrip(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		w := newWorld(t, db)
		addDecisions(t, db, w)
		first := bundleFile(t, db)
		for name, file := range map[string][]byte{"as exported": first, "backwards": backwards(t, first)} {
			fresh := sqldbtest.Open(t, db.Dialect())
			sum, err := transfer.ImportBundle(ctx, fresh, bytes.NewReader(file), "case.json")
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if sum.Counts["acts"] != 1 || sum.Counts["custody_entries"] != 4 || sum.LastCustody == nil || sum.LastCustody.Seq != 4 {
				t.Errorf("%s: summary %+v", name, sum)
			}
			if second := bundleFile(t, fresh); !bytes.Equal(first, second) {
				t.Fatalf("%s: exports differ after import:\n%s", name, diffLines(first, second))
			}
		}
	})
}

// A bundle refused part way, after parts were written, leaves the database
// empty; a database that holds records refuses a bundle.
func TestImportStreamAllOrNothing(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := ownerCtx()
		w := newWorld(t, db)
		addDecisions(t, db, w)
		file := string(bundleFile(t, db))
		i := strings.LastIndex(file, `"item_id": `)
		bad := file[:i] + `"item_id": 99` + file[i+len(`"item_id": 1`):]
		fresh := sqldbtest.Open(t, db.Dialect())
		_, err := transfer.ImportBundle(ctx, fresh, strings.NewReader(bad), "case.json")
		wantCode(t, err, rastro.EINVALID, "case.json: custody_entries[", "item_id: no evidence item has ID 99")
		if empty, err := fresh.Empty(ctx); err != nil || !empty {
			t.Errorf("a refused bundle left records behind (empty %v, %v)", empty, err)
		}
		_, err = transfer.ImportBundle(ctx, db, strings.NewReader(file), "case.json")
		wantCode(t, err, rastro.ECONFLICT, "empty database")
	})
}

// FuzzImportBundle: a bundle file a user imports is refused as invalid input
// with the database left empty, or imported whole, and then its export
// imports again to the same export. Files the reader refuses go to one
// shared database, which must stay empty; the others each get a fresh one.
func FuzzImportBundle(f *testing.F) {
	ctx := ownerCtx()
	shared := sqldbtest.Open(f, sqldb.SQLite)
	src := sqldbtest.Open(f, sqldb.SQLite)
	newWorld(f, src)
	file := string(bundleFile(f, src))
	f.Add([]byte(file))
	f.Add([]byte(file[:len(file)/2]))
	i := strings.LastIndex(file, `"incident_id": `)
	f.Add([]byte(file[:i] + `"incident_id": 99` + file[i+len(`"incident_id": 1`):]))
	f.Add([]byte(`{"format": "rastro-bundle", "version": 2, "places": [{"id": 1, "name": "x"}, {"id": 1, "name": "y"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, readErr := transfer.ReadBundle(bytes.NewReader(data), "case.json")
		db := shared
		if readErr == nil {
			db = sqldbtest.Open(t, sqldb.SQLite)
		}
		_, err := transfer.ImportBundle(ctx, db, bytes.NewReader(data), "case.json")
		if err != nil {
			if rastro.ErrorCode(err) != rastro.EINVALID {
				t.Fatalf("refusal %v is not invalid input", err)
			}
			if empty, err := db.Empty(ctx); err != nil || !empty {
				t.Fatalf("a refused bundle left records behind (empty %v, %v)", empty, err)
			}
			return
		}
		if readErr != nil {
			t.Fatalf("imported a bundle the reader refuses: %v", readErr)
		}
		first := bundleFile(t, db)
		again := sqldbtest.Open(t, sqldb.SQLite)
		if _, err := transfer.ImportBundle(ctx, again, bytes.NewReader(first), "export.json"); err != nil {
			t.Fatalf("own export refused: %v", err)
		}
		if second := bundleFile(t, again); !bytes.Equal(first, second) {
			t.Fatalf("exports differ after import:\n%s", diffLines(first, second))
		}
	})
}
