package web

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/blob/file"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/evidence"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/intake"
	"github.com/rastro-project/rastro/internal/worker/workertest"
	"github.com/rastro-project/rastro/media"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

const testPassword = "a long test passphrase 4 rastro"

// fixture is a running server over the demo case file, with one user per
// role and one pending claim.
type fixture struct {
	t       testing.TB
	db      *sqldb.DB
	srv     *Server
	ts      *httptest.Server
	auth    *auth.Service
	secrets map[auth.Role]string // TOTP secrets (admin)
	claimID int64
	clients map[auth.Role]*http.Client
}

func newFixture(t testing.TB, dialect string) *fixture {
	t.Helper()
	return newFixtureOn(t, sqldbtest.Open(t, dialect))
}

// newFixtureOn is newFixture over a migrated, empty database.
func newFixtureOn(t testing.TB, db *sqldb.DB) *fixture {
	t.Helper()
	ctx := context.Background()
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Import(ctx, b); err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, db: db, secrets: map[auth.Role]string{}, clients: map[auth.Role]*http.Client{}}
	f.auth = auth.NewService(db.Accounts())
	f.auth.Argon2.Memory, f.auth.Argon2.Time = 8*1024, 1 // fast hashes in tests
	f.auth.Address.Free = 1 << 20                        // tests log in often from one address
	admin := auth.WithActorValue(ctx, auth.LocalAdmin())
	for _, r := range auth.Roles {
		u, err := f.auth.AddUser(admin, string(r), r, testPassword, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r == auth.RoleAdmin {
			secret, _, err := f.auth.EnrollTOTP(admin, u.ID)
			if err != nil {
				t.Fatal(err)
			}
			code, _ := totp.GenerateCode(secret, time.Now())
			if err := f.auth.ConfirmTOTP(admin, u.ID, code); err != nil {
				t.Fatal(err)
			}
			f.secrets[r] = secret
		}
	}
	// A pending claim in a news article.
	src := &rastro.Source{Kind: rastro.SourceNews, Title: "Test article on Juliaca", Publisher: "Test Daily",
		Text: "Protests continued in Puno. On Monday at least 3 people were killed near the airport, witnesses said. The police denied it."}
	if err := db.Sources().Create(ctx, src); err != nil {
		t.Fatal(err)
	}
	start := strings.Index(src.Text, "at least 3 people were killed")
	c := &rastro.Claim{SourceID: src.ID, Kind: rastro.ClaimCount, Start: start, End: start + len("at least 3 people were killed"),
		Text: "at least 3 people were killed", Summary: "3 killed (test claim)", Status: rastro.ClaimPending,
		Data: []byte(`{"figure":3,"category":"killed","date":"2023-01-09"}`)}
	if err := db.Claims().Create(ctx, c); err != nil {
		t.Fatal(err)
	}
	f.claimID = c.ID

	dir := t.TempDir()
	key, err := custody.LoadOrCreateKey(filepath.Join(dir, "custody.key"))
	if err != nil {
		t.Fatal(err)
	}
	signer := custody.NewSigner(key)
	blobs, err := file.Open(filepath.Join(dir, "blobs"))
	if err != nil {
		t.Fatal(err)
	}
	locker := &evidence.Locker{Blobs: blobs, Store: sqldb.NewEvidenceService(db, signer), Extractor: media.NewExtractor(),
		PublicKey: signer.PublicKey(), Signer: signer}
	depts, err := report.ParseDepartments(gazetteer.DepartmentsGeoJSON())
	if err != nil {
		t.Fatal(err)
	}
	f.srv, err = New(Config{DB: db, Auth: f.auth, Audit: db, Locker: locker, UploadDir: dir, Departments: depts, Miner: intake.Miner, Spreadsheet: workertest.Workbook(workertest.Serve)})
	if err != nil {
		t.Fatal(err)
	}
	f.ts = httptest.NewServer(f.srv)
	t.Cleanup(f.ts.Close)
	return f
}

// client returns an HTTP client logged in as role ("" for none), which
// does not follow redirects; one per role, since an admin's TOTP code
// cannot be used twice.
func (f *fixture) client(role auth.Role) *http.Client {
	f.t.Helper()
	if c := f.clients[role]; c != nil {
		return c
	}
	c := f.login(role)
	f.clients[role] = c
	return c
}

// login logs in afresh.
func (f *fixture) login(role auth.Role) *http.Client {
	f.t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	if role == "" {
		return c
	}
	form := url.Values{"name": {string(role)}, "password": {testPassword}}
	if s := f.secrets[role]; s != "" {
		// The next step's code: the current one was used to confirm.
		code, _ := totp.GenerateCode(s, time.Now().Add(30*time.Second))
		form.Set("totp", code)
	}
	resp, err := c.PostForm(f.ts.URL+"/login", form)
	if err != nil {
		f.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		f.t.Fatalf("login as %s: %s", role, resp.Status)
	}
	return c
}

// do sends a request with an Origin of the server (a same-origin browser
// request) and returns the response.
func (f *fixture) do(c *http.Client, method, path, ctype, body string) *http.Response {
	f.t.Helper()
	req, err := http.NewRequest(method, f.ts.URL+path, strings.NewReader(body))
	if err != nil {
		f.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := c.Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	return resp
}

// testLogger logs to the test.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), nil))
}
