package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/crypt"
)

// The plaintext of a protected identity, which must appear nowhere at rest.
const (
	secretName    = "Wilfredo Zanabria Huamancusi"
	secretContact = "+51 987 654 321"
)

func TestUsersTokensAndAudit(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		if r := e.run("correct horse battery\n", "user", "add", "ana", "--role", "investigator"); r.err != nil {
			t.Fatalf("user add: %v", r.err)
		}
		e.fails(rastro.EINVALID, []string{"no password"}, "user", "add", "bob", "--role", "viewer") // empty stdin
		if r := e.run("short\n", "user", "add", "bob", "--role", "viewer"); rastro.ErrorCode(r.err) != rastro.EINVALID {
			t.Fatalf("short password: %v", r.err)
		}
		e.fails(rastro.EINVALID, []string{"unknown role"}, "user", "add", "bob", "--role", "boss")
		if r := e.run("correct horse battery\n", "user", "add", "gus", "--role", "guest", "--expires", "2099-12-31"); r.err != nil {
			t.Fatalf("guest: %v", r.err)
		}
		if r := e.run("correct horse battery\n", "user", "add", "boss", "--role", "admin"); r.err != nil || !strings.Contains(r.stdout, "rastro user totp boss") {
			t.Fatalf("admin: %v %s", r.err, r.stdout)
		}

		out := e.ok("user", "totp", "boss")
		m := regexp.MustCompile(`secret: ([A-Z2-7]+)`).FindStringSubmatch(out)
		if m == nil || !strings.Contains(out, "otpauth://totp/") {
			t.Fatalf("totp output %q", out)
		}
		e.fails(rastro.EINVALID, []string{"6 digits"}, "user", "totp", "boss", "--confirm", "12")
		code, err := totp.GenerateCode(m[1], time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if out := e.ok("user", "totp", "boss", "--confirm", code); !strings.Contains(out, "TOTP enabled") {
			t.Fatalf("confirm: %q", out)
		}

		tok := strings.TrimSpace(e.ok("token", "create", "laptop", "--user", "ana"))
		if !regexp.MustCompile(`^rst_[A-Za-z0-9_-]{43}$`).MatchString(tok) {
			t.Fatalf("token %q", tok)
		}
		e.fails(rastro.EFORBIDDEN, nil, "token", "create", "x", "--user", "gus")
		e.fails(rastro.ENOTFOUND, []string{"no user"}, "token", "create", "x", "--user", "nobody")
		if out := e.ok("token", "list", "--user", "ana"); !strings.Contains(out, "laptop") || strings.Contains(out, tok) {
			t.Fatalf("token list %q", out)
		}
		if out := e.ok("user", "set", "gus", "--role", "viewer", "--expires", "never"); !strings.Contains(out, "role viewer") || strings.Contains(out, "expires") {
			t.Fatalf("user set: %q", out)
		}
		e.fails(rastro.EINVALID, []string{"guest accounts must expire"}, "user", "set", "gus", "--role", "guest")
		e.fails(rastro.EINVALID, []string{"give --role"}, "user", "set", "gus")
		e.ok("user", "disable", "ana")
		var users []struct {
			Name        string
			Role        string
			Disabled    bool
			TOTPEnabled bool `json:"totp_enabled"`
		}
		e.jsonOut(&users, "user", "list", "--json")
		if len(users) != 3 || users[0].Name != "ana" || !users[0].Disabled || !users[1].TOTPEnabled {
			t.Fatalf("users %+v", users)
		}
		raw := e.ok("user", "list", "--json")
		if strings.Contains(raw, "argon2") || strings.Contains(raw, m[1]) {
			t.Fatal("user list shows a hash or secret")
		}

		var entries []rastro.AuditEntry
		e.jsonOut(&entries, "audit", "list", "--json", "--type", "user")
		actions := map[string]int{}
		for _, a := range entries {
			actions[a.Action]++
			if !strings.HasPrefix(a.Actor, "cli") {
				t.Errorf("actor %q", a.Actor)
			}
		}
		if actions[rastro.AuditCreate] != 3 || actions[rastro.AuditTokenCreate] != 1 || actions[rastro.AuditUpdate] < 3 {
			t.Fatalf("audit actions %v", actions)
		}
		if out := e.ok("audit", "list"); !strings.Contains(out, "token_create") {
			t.Fatalf("audit table %q", out)
		}
	})
}

// TestProtectedFieldsAtRest looks for a protected person's name and contact
// in every place the data rests: the SQLite file, its WAL and a copy of it
// (or every row of every table on PostgreSQL), the audit log, and an export
// made without the permission to read protected data; the local admin's
// export keeps them.
func TestProtectedFieldsAtRest(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		var p rastro.Person
		e.jsonOut(&p, "person", "create", "--name", secretName, "--protected", "--contact", secretContact, "--json")
		e.ok("person", "create", "--name", "unidentified agent 1")
		// (A person protected only after the fact keeps its earlier
		// plaintext in the audit log's history and in free pages: protect at
		// creation, as here.)
		e.ok("person", "update", "2", "--version", "1", "--occupation", "police")

		full := filepath.Join(t.TempDir(), "full.json")
		red := filepath.Join(t.TempDir(), "redacted.json")
		e.ok("export", "-o", full)
		e.ok("export", "--redacted", "-o", red)
		if b, _ := os.ReadFile(full); !strings.Contains(string(b), secretName) || !strings.Contains(string(b), secretContact) {
			t.Fatal("the local admin's export lost the protected fields")
		}
		rb, _ := os.ReadFile(red)
		if !strings.Contains(string(rb), `"[protected]"`) {
			t.Fatal("redacted export has no placeholder")
		}
		assertAbsent(t, "redacted export", rb)

		var reads []rastro.AuditEntry
		e.jsonOut(&reads, "audit", "list", "--json", "--action", "read_protected")
		if len(reads) != 1 || reads[0].RecordID != p.ID || reads[0].RecordType != "person" {
			t.Fatalf("reads of protected data audited: %+v", reads)
		}
		// The analyses and the report never show protected fields, so they
		// leave them sealed: no further read of protected data is logged.
		e.ok("analyze", "--json")
		e.ok("report", "-o", filepath.Join(t.TempDir(), "report.html"))
		e.jsonOut(&reads, "audit", "list", "--json", "--action", "read_protected")
		if len(reads) != 1 {
			t.Fatalf("the analyses read protected data: %+v", reads)
		}
		auditJSON := e.ok("audit", "list", "--json", "--limit", "0")
		assertAbsent(t, "audit log", []byte(auditJSON))

		// A new key: everything sealed is re-encrypted and still readable.
		before, _ := os.ReadFile(filepath.Join(e.dataDir, crypt.KeyFile))
		if out := e.ok("rekey"); !strings.Contains(out, "re-encrypted 1 values") {
			t.Fatalf("rekey: %q", out)
		}
		after, _ := os.ReadFile(filepath.Join(e.dataDir, crypt.KeyFile))
		if string(before) == string(after) {
			t.Fatal("rekey kept the key file")
		}
		var again rastro.Person
		e.jsonOut(&again, "person", "show", fmt.Sprint(p.ID), "--json")
		if again.Name != secretName || again.Contact != secretContact {
			t.Fatalf("after rekey: %+v", again)
		}
		if e.db == "" {
			key, err := os.Stat(filepath.Join(e.dataDir, crypt.KeyFile))
			if err != nil || key.Mode().Perm() != 0o600 {
				t.Fatalf("key file: %v %v", key, err)
			}
			dbPath := filepath.Join(e.dataDir, "rastro.db")
			copyPath := filepath.Join(t.TempDir(), "backup.db")
			b, err := os.ReadFile(dbPath)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(copyPath, b, 0o600); err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{dbPath, dbPath + "-wal", dbPath + "-shm", copyPath} {
				b, err := os.ReadFile(f)
				if os.IsNotExist(err) {
					continue
				} else if err != nil {
					t.Fatal(err)
				}
				assertAbsent(t, f, b)
			}
			return
		}
		// PostgreSQL: every row of every table, as a dump would write it.
		db, err := sql.Open("pgx", e.db)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		ctx := context.Background()
		rows, err := db.QueryContext(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
		if err != nil {
			t.Fatal(err)
		}
		var tables []string
		for rows.Next() {
			var n string
			rows.Scan(&n)
			tables = append(tables, n)
		}
		rows.Close()
		if len(tables) < 10 {
			t.Fatalf("found only tables %v", tables)
		}
		var dump strings.Builder
		for _, tb := range tables {
			rs, err := db.QueryContext(ctx, `SELECT row_to_json(t)::text FROM "`+tb+`" t`)
			if err != nil {
				t.Fatal(err)
			}
			for rs.Next() {
				var s string
				rs.Scan(&s)
				dump.WriteString(s)
			}
			rs.Close()
		}
		if !strings.Contains(dump.String(), "[protected]") {
			t.Fatal("dump lacks the placeholder: the scan read nothing")
		}
		assertAbsent(t, "PostgreSQL rows", []byte(dump.String()))
	})
}

// assertAbsent fails when b holds the protected name or contact, as UTF-8
// or as JSON-escaped text.
func assertAbsent(t *testing.T, where string, b []byte) {
	t.Helper()
	for _, s := range []string{secretName, "Zanabria", "Huamancusi", secretContact, "987 654"} {
		j, _ := json.Marshal(s)
		if strings.Contains(string(b), s) || strings.Contains(string(b), strings.Trim(string(j), `"`)) {
			t.Errorf("%s holds the protected %q", where, s)
		}
	}
}
