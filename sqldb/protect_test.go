package sqldb_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/crypt"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

func actorCtx(role auth.Role, name string) context.Context {
	return auth.WithActorValue(context.Background(), auth.Actor{UserID: 7, Name: name, Role: role})
}

// TestProtectedPersons: who sees what, what the audit log records, and
// how updates by readers without access keep the sealed identity.
func TestProtectedPersons(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		inv := actorCtx(auth.RoleInvestigator, "ines")
		viewer := actorCtx(auth.RoleViewer, "vito")
		p := &rastro.Person{Name: "Rosa Quispe", Aliases: []string{"Rosita"}, Contact: "rosa@example.org", Notes: "lives near the bridge", Protected: true, Occupation: "vendor"}
		must(t, db.Persons().Create(inv, p))
		if p.Name != "Rosa Quispe" {
			t.Fatalf("Create changed the caller's copy: %+v", p)
		}

		// A viewer sees placeholders and no audit of a read is written.
		got, err := db.Persons().Find(viewer, p.ID)
		must(t, err)
		if got.Name != sqldb.Redacted || got.Aliases != nil || got.Contact != "" || got.Notes != "" || got.Occupation != "vendor" || !got.Protected {
			t.Fatalf("viewer sees %+v", got)
		}
		// No actor at all: redacted too.
		got, err = db.Persons().Find(context.Background(), p.ID)
		must(t, err)
		if got.Name != sqldb.Redacted {
			t.Fatalf("anonymous context sees %q", got.Name)
		}
		reads := func() int {
			es, _, err := db.ListAudit(ownerCtx(), rastro.AuditFilter{Action: ptr(rastro.AuditReadProtected)})
			must(t, err)
			return len(es)
		}
		if n := reads(); n != 0 {
			t.Fatalf("%d reads audited before any reveal", n)
		}

		// An investigator sees the identity, and the read is audited.
		got, err = db.Persons().Find(inv, p.ID)
		must(t, err)
		if got.Name != "Rosa Quispe" || got.Contact != "rosa@example.org" || got.Aliases[0] != "Rosita" || got.Notes == "" {
			t.Fatalf("investigator sees %+v", got)
		}
		list, _, err := db.Persons().List(inv, rastro.PersonFilter{})
		must(t, err)
		if len(list) != 1 || list[0].Name != "Rosa Quispe" {
			t.Fatalf("List: %+v", list)
		}
		es, _, err := db.ListAudit(ownerCtx(), rastro.AuditFilter{Action: ptr(rastro.AuditReadProtected)})
		must(t, err)
		if len(es) != 2 || es[0].Actor != "ines" || es[0].ActorID != 7 || es[0].RecordType != "person" || es[0].RecordID != p.ID {
			t.Fatalf("read audit %+v", es)
		}

		// A viewer's edit of other fields keeps the sealed identity.
		vp, err := db.Persons().Find(viewer, p.ID)
		must(t, err)
		vp.Occupation = "teacher"
		must(t, db.Persons().Update(viewer, vp))
		got, err = db.Persons().Find(inv, p.ID)
		must(t, err)
		if got.Name != "Rosa Quispe" || got.Occupation != "teacher" || got.Contact != "rosa@example.org" {
			t.Fatalf("after a redacted update: %+v", got)
		}
		// Lifting the protection from a redacted copy needs the permission.
		vp, err = db.Persons().Find(viewer, p.ID)
		must(t, err)
		vp.Protected = false
		if err := db.Persons().Update(viewer, vp); rastro.ErrorCode(err) != rastro.EFORBIDDEN {
			t.Fatalf("viewer lifting protection: %v", err)
		}
		ip, err := db.Persons().Find(actorCtx(auth.RoleAdmin, "adm"), p.ID)
		must(t, err)
		ip.Name, ip.Protected = sqldb.Redacted, false // a redacted copy
		must(t, db.Persons().Update(actorCtx(auth.RoleAdmin, "adm"), ip))
		got, err = db.Persons().Find(viewer, p.ID)
		must(t, err)
		if got.Name != "Rosa Quispe" || got.Protected {
			t.Fatalf("after lifting protection the viewer sees %+v", got)
		}

		// Protecting an existing person: the audit entry's old value is
		// redacted too.
		got.Protected = true
		must(t, db.Persons().Update(inv, got))
		upd, _, err := db.ListAudit(ownerCtx(), rastro.AuditFilter{Action: ptr(rastro.AuditUpdate), RecordType: ptr("person"), Limit: 1})
		must(t, err)
		if strings.Contains(string(upd[0].Old), "Rosa") || strings.Contains(string(upd[0].New), "Rosa") {
			t.Fatalf("audit of protecting holds the name: %s / %s", upd[0].Old, upd[0].New)
		}

		// The columns hold placeholders; the sealed column is not plaintext.
		var name, sealed string
		must(t, db.View(context.Background(), func(tx *sqldb.Tx) error {
			return tx.QueryRow(context.Background(), "SELECT name, sealed FROM persons WHERE id = ?", p.ID).Scan(&name, &sealed)
		}))
		if name != sqldb.Redacted || sealed == "" || strings.Contains(sealed, "Rosa") {
			t.Fatalf("stored name %q sealed %q", name, sealed)
		}
		// Name search never finds a sealed identity.
		found, _, err := db.Persons().List(inv, rastro.PersonFilter{Name: ptr("rosa")})
		must(t, err)
		if len(found) != 0 {
			t.Fatalf("search found a sealed name")
		}
	})
}

// TestAuditOfChanges: every create, update and delete through the record
// services writes an entry, with the actor, in the same transaction; the
// log refuses UPDATE and DELETE.
func TestAuditOfChanges(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		ctx := actorCtx(auth.RoleInvestigator, "ines")
		pl := &rastro.Place{Name: "Juliaca", Country: "PE"}
		must(t, db.Places().Create(ctx, pl))
		pl.Name = "Juliaca (ciudad)"
		must(t, db.Places().Update(ctx, pl))
		stale := *pl
		stale.Version = 1
		if err := db.Places().Update(ctx, &stale); rastro.ErrorCode(err) != rastro.ECONFLICT {
			t.Fatalf("stale update: %v", err)
		}
		must(t, db.Places().Delete(ctx, pl.ID, pl.Version))

		es, n, err := db.ListAudit(ownerCtx(), rastro.AuditFilter{RecordType: ptr("place"), RecordID: &pl.ID})
		must(t, err)
		if n != 3 || len(es) != 3 {
			t.Fatalf("%d entries: %+v", n, es)
		}
		del, upd, cre := es[0], es[1], es[2] // newest first
		if cre.Action != rastro.AuditCreate || upd.Action != rastro.AuditUpdate || del.Action != rastro.AuditDelete {
			t.Fatalf("actions %s %s %s", cre.Action, upd.Action, del.Action)
		}
		var o, nw rastro.Place
		must(t, json.Unmarshal(upd.Old, &o))
		must(t, json.Unmarshal(upd.New, &nw))
		if o.Name != "Juliaca" || nw.Name != "Juliaca (ciudad)" || nw.Version != 2 || cre.Old != nil || del.New != nil || del.Old == nil {
			t.Fatalf("old %+v new %+v", o, nw)
		}
		if cre.Actor != "ines" || cre.ActorID != 7 || cre.Time.IsZero() {
			t.Fatalf("entry %+v", cre)
		}
		// Filters and paging.
		page, total, err := db.ListAudit(ownerCtx(), rastro.AuditFilter{Actor: ptr("ines"), Limit: 1, Offset: 1})
		must(t, err)
		if total != 3 || len(page) != 1 || page[0].Seq != upd.Seq {
			t.Fatalf("page %+v of %d", page, total)
		}
		// A source's text is logged by size only.
		src := &rastro.Source{Kind: rastro.SourceNews, Title: "T", Text: strings.Repeat("palabra ", 1000)}
		must(t, db.Sources().Create(ctx, src))
		se, _, err := db.ListAudit(ownerCtx(), rastro.AuditFilter{RecordType: ptr("source"), RecordID: &src.ID})
		must(t, err)
		if len(se) != 1 || !strings.Contains(string(se[0].New), `"text":"(8000 bytes of text)"`) {
			t.Fatalf("source audit %+v", se)
		}
		// Changes outside the record tables are logged too: person merges.
		a, b := &rastro.Person{Name: "A B"}, &rastro.Person{Name: "C D"}
		must(t, db.Persons().Create(ctx, a))
		must(t, db.Persons().Create(ctx, b))
		m := &sqldb.PersonMerge{PersonA: a.ID, PersonB: b.ID, Reason: "same", By: "ines"}
		must(t, db.MergePersons(ctx, m))
		must(t, db.UndoPersonMerge(ctx, m.ID, "ines"))
		merges, _, err := db.ListAudit(ownerCtx(), rastro.AuditFilter{RecordType: ptr("person_merge"), RecordID: &m.ID})
		must(t, err)
		if len(merges) != 2 || merges[1].Action != rastro.AuditCreate || merges[0].Detail != "undone by ines" {
			t.Fatalf("merge audit %+v", merges)
		}
		// A failed change leaves no entry: the stale update above wrote none.
		// The log is append-only on both databases.
		for _, q := range []string{"UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"} {
			err := db.Update(context.Background(), func(tx *sqldb.Tx) error {
				_, err := tx.Exec(context.Background(), q)
				return err
			})
			if err == nil || !strings.Contains(err.Error(), "append-only") {
				t.Errorf("%s: %v", q, err)
			}
		}
		if _, _, err := db.ListAudit(ctx, rastro.AuditFilter{}); rastro.ErrorCode(err) != rastro.EFORBIDDEN {
			t.Fatalf("investigator listing the audit log: %v", err)
		}
	})
}

// TestNoKey: without a key, protected persons cannot be written and sealed
// ones are not revealed.
func TestNoKey(t *testing.T) {
	db := sqldbtest.Open(t, sqldb.SQLite)
	db.SetCipher(nil)
	err := db.Persons().Create(ownerCtx(), &rastro.Person{Name: "X Y", Protected: true})
	if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), "key") {
		t.Fatalf("create without key: %v", err)
	}
	must(t, db.Persons().Create(ownerCtx(), &rastro.Person{Name: "X Y"}))
}

// TestWrongKey: a store opened with another key refuses to seal or reveal,
// naming both keys, rather than mixing them.
func TestWrongKey(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		must(t, db.Persons().Create(ownerCtx(), &rastro.Person{Name: "Rosa Quispe", Protected: true}))
		other, err := crypt.Generate()
		must(t, err)
		db.SetCipher(other)
		err = db.Persons().Create(ownerCtx(), &rastro.Person{Name: "Ana Mamani", Protected: true})
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), other.Recipient()) {
			t.Fatalf("sealing with another key: %v", err)
		}
		if _, _, err := db.Persons().List(ownerCtx(), rastro.PersonFilter{}); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("revealing with another key: %v", err)
		}
		// Readers without access never need the key.
		ps, _, err := db.Persons().List(context.Background(), rastro.PersonFilter{})
		must(t, err)
		if len(ps) != 1 || ps[0].Name != sqldb.Redacted {
			t.Fatalf("redacted list %+v", ps)
		}
	})
}

// TestNoPlaintextInSQLiteFiles reads the database file and its WAL while
// the store is open (the WAL is folded in and removed at close), after a
// protected person was written and read back by an investigator.
func TestNoPlaintextInSQLiteFiles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "rastro.db")
	db, err := sqldb.Open(ctx, path)
	must(t, err)
	defer db.Close()
	_, err = db.Migrate(ctx)
	must(t, err)
	key, err := crypt.Generate()
	must(t, err)
	db.SetCipher(key)
	inv := actorCtx(auth.RoleInvestigator, "ines")
	p := &rastro.Person{Name: "Eusebia Ccorimanya Llave", Aliases: []string{"Chebi"}, Contact: "+51 912 345 678", Protected: true}
	must(t, db.Persons().Create(inv, p))
	got, err := db.Persons().Find(inv, p.ID)
	must(t, err)
	got.Occupation = "weaver"
	must(t, db.Persons().Update(inv, got))
	_, err = db.Export(inv)
	must(t, err)
	wal, err := os.ReadFile(path + "-wal")
	must(t, err)
	if len(wal) == 0 {
		t.Fatal("empty WAL: the test would prove nothing")
	}
	main, err := os.ReadFile(path)
	must(t, err)
	for name, b := range map[string][]byte{"database file": main, "WAL": wal} {
		for _, s := range []string{"Ccorimanya", "Eusebia", "Chebi", "912 345"} {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("%s holds %q", name, s)
			}
		}
	}
	if !bytes.Contains(wal, []byte("weaver")) && !bytes.Contains(main, []byte("weaver")) {
		t.Fatal("neither file holds the unprotected field written: the scan reads the wrong files")
	}
}

func TestReseal(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		p := &rastro.Person{Name: "Rosa Quispe", Protected: true}
		must(t, db.Persons().Create(ownerCtx(), p))
		u := &auth.User{Name: "ana", Role: auth.RoleAdmin, PasswordHash: "x", TOTPSecret: "JBSWY3DPEHPK3PXP", TOTPEnabled: true}
		must(t, db.Accounts().CreateUser(ownerCtx(), u))
		next, err := crypt.Generate()
		must(t, err)
		n, err := db.Reseal(ownerCtx(), next)
		must(t, err)
		if n != 2 {
			t.Fatalf("resealed %d values", n)
		}
		got, err := db.Persons().Find(ownerCtx(), p.ID)
		must(t, err)
		gu, err := db.Accounts().UserByID(ownerCtx(), u.ID)
		must(t, err)
		if got.Name != "Rosa Quispe" || got.Version != 1 || gu.TOTPSecret != "JBSWY3DPEHPK3PXP" {
			t.Fatalf("after reseal: %+v %+v", got, gu)
		}
		// Any other key is refused.
		old, err := crypt.Generate()
		must(t, err)
		db.SetCipher(old)
		if _, err := db.Persons().Find(ownerCtx(), p.ID); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Fatalf("a stranger key: %v", err)
		}
	})
}
