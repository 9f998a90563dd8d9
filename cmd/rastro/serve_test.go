package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
)

// TestServe runs the real program: `rastro serve --addr 127.0.0.1:0` over a
// data directory holding the demo, learns the bound address from its first
// line, uses the app over HTTP and stops it by cancelling its context.
func TestServe(t *testing.T) {
	e := &env{t: t, dataDir: t.TempDir()}
	e.ok("demo")
	const password = "a passphrase only ana knows"
	for _, u := range []struct{ name, role string }{{"ana", "investigator"}, {"rosa", "reviewer"}} {
		if r := e.run(password+"\n", "user", "add", u.name, "--role", u.role); r.err != nil {
			t.Fatalf("user add: %v %s", r.err, r.stderr)
		}
	}
	e.ok("ingest", filepath.Join(fixtureDir(t), "blazetrends-amnesty-peru.html"))

	_, base, stop := runServing(t, e.dataDir, "serve", "--addr", "127.0.0.1:0")
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("serving on %q", base)
	}

	client := &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(path string) (*http.Response, string) {
		resp, err := client.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return resp, string(b)
	}
	if resp, body := get("/login"); resp.StatusCode != 200 || !strings.Contains(body, `name="totp"`) {
		t.Errorf("login page: %s", resp.Status)
	}
	if resp, _ := get("/incidents"); resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Location"), "/login?next=") {
		t.Errorf("incidents without login: %s to %s", resp.Status, resp.Header.Get("Location"))
	}
	if resp, body := get("/api/incidents"); resp.StatusCode != 401 || !strings.Contains(body, `"code": "unauthorized"`) {
		t.Errorf("API without token: %s %s", resp.Status, body)
	}
	resp, body := get("/api/openapi.json")
	var doc struct {
		OpenAPI string         `json:"openapi"`
		Paths   map[string]any `json:"paths"`
	}
	if resp.StatusCode != 200 || json.Unmarshal([]byte(body), &doc) != nil || doc.OpenAPI != "3.1.0" || doc.Paths["/api/incidents/{id}"] == nil {
		t.Errorf("openapi: %s %.200s", resp.Status, body)
	}
	// A cross-site form post is refused before it reaches the handler.
	req, _ := http.NewRequest("POST", base+"/login", strings.NewReader("name=a&password=b"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if resp, err := client.Do(req); err != nil || resp.StatusCode != 403 {
		t.Errorf("cross-site login post: %v %v", resp.Status, err)
	}

	// Ana logs in, reads and edits an incident; a stale edit is refused.
	jar, _ := cookiejar.New(nil)
	client.Jar = jar
	resp, err := client.PostForm(base+"/login", url.Values{"name": {"ana"}, "password": {password}})
	if err != nil || resp.StatusCode != 303 {
		t.Fatalf("login: %v %v", resp.Status, err)
	}
	resp.Body.Close()
	if resp, body := get("/api/incidents/1"); resp.StatusCode != 200 || !strings.Contains(body, `"version": 1`) {
		t.Fatalf("incident: %s %.200s", resp.Status, body)
	}
	put := func(body string) int {
		req, _ := http.NewRequest("PUT", base+"/api/incidents/1", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if st := put(`{"version":1,"reported_fatalities":2}`); st != 200 {
		t.Errorf("edit: %d", st)
	}
	if st := put(`{"version":1,"reported_fatalities":3}`); st != 409 {
		t.Errorf("stale edit: %d", st)
	}
	// Ana adds an act with a new victim from the incident's form.
	resp, err = client.PostForm(base+"/acts", url.Values{"incident_id": {"1"}, "victim_name": {"Serve Test Victim"}, "type": {"injured"},
		"wound_regions": {"", "lower_limb"}, "munition": {"pellets"}})
	if err != nil || resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Location"), "/incidents/1#act-") {
		t.Fatalf("add act: %v %v", resp.Status, err)
	}
	resp.Body.Close()
	if _, body := get("/api/incidents/1"); !strings.Contains(body, "Serve Test Victim") {
		t.Error("the new act is not on the incident")
	}

	// Rosa accepts the Juliaca count claim: the command line's rules make
	// it a new incident citing the source.
	jar, _ = cookiejar.New(nil)
	client.Jar = jar
	if resp, err := client.PostForm(base+"/login", url.Values{"name": {"rosa"}, "password": {password}}); err != nil || resp.StatusCode != 303 {
		t.Fatalf("login: %v", err)
	}
	_, body = get("/api/claims?status=pending")
	var queue struct{ Claims []rastro.Claim }
	json.Unmarshal([]byte(body), &queue)
	var claimID int64
	for _, c := range queue.Claims {
		if c.Kind == rastro.ClaimCount && strings.Contains(c.Summary, "killed by lethal ammunition in Juliaca") {
			claimID = c.ID
		}
	}
	if claimID == 0 {
		t.Fatalf("no Juliaca count claim among %d", len(queue.Claims))
	}
	req, _ = http.NewRequest("POST", base+"/api/claims/"+strconv.FormatInt(claimID, 10)+"/accept", strings.NewReader(`{"title":"Juliaca, 9 January 2023"}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err = client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var accepted rastro.Claim
	json.NewDecoder(resp.Body).Decode(&accepted)
	resp.Body.Close()
	if resp.StatusCode != 200 || accepted.Status != rastro.ClaimAccepted || accepted.RecordType != "incident" {
		t.Fatalf("accept: %s %+v", resp.Status, accepted)
	}
	if resp, body := get("/api/incidents/" + strconv.FormatInt(accepted.RecordID, 10)); resp.StatusCode != 200 || !strings.Contains(body, `"reported_fatalities": 15`) {
		t.Errorf("accepted incident: %s %.300s", resp.Status, body)
	}

	stop()
	// The audit log has Ana's login and her edit, with the old and new values.
	log := e.ok("audit", "list")
	for _, want := range []string{"login", "ana", "update", "incident"} {
		if !strings.Contains(log, want) {
			t.Errorf("audit log lacks %q:\n%s", want, log)
		}
	}
}

func TestServeFlags(t *testing.T) {
	e := &env{t: t, dataDir: t.TempDir()}
	e.fails("invalid", []string{"--tls-cert and --tls-key"}, "serve", "--tls-cert", "x.pem")
}

// TestServeTLS serves over TLS with a self-signed certificate: the session
// cookie is then Secure and host-only (__Host-).
func TestServeTLS(t *testing.T) {
	dir := t.TempDir()
	certFile, keyFile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kb, _ := x509.MarshalECPrivateKey(key)
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600)

	e := &env{t: t, dataDir: filepath.Join(dir, "data")}
	e.ok("demo")
	const password = "a passphrase only ana knows"
	if r := e.run(password+"\n", "user", "add", "ana", "--role", "analyst"); r.err != nil {
		t.Fatal(r.err)
	}
	_, base, _ := runServing(t, e.dataDir, "serve", "--addr", "127.0.0.1:0", "--tls-cert", certFile, "--tls-key", keyFile)
	if !strings.HasPrefix(base, "https://") {
		t.Fatalf("serving on %q", base)
	}
	pool := x509.NewCertPool()
	cert, _ := x509.ParseCertificate(der)
	pool.AddCert(cert)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.PostForm(base+"/login", url.Values{"name": {"ana"}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	sc := resp.Header.Get("Set-Cookie")
	if resp.StatusCode != 303 || !strings.HasPrefix(sc, "__Host-rastro_session=") || !strings.Contains(sc, "Secure") || !strings.Contains(sc, "HttpOnly") {
		t.Errorf("login over TLS: %s, cookie %q", resp.Status, sc)
	}
}
