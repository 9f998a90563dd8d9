package main

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rastro-project/rastro/auth"
)

// runServing runs the real program with args in dataDir and returns what it
// printed up to and including "serving on URL", the URL, and a function that
// stops the program and checks it ended cleanly (also called when the test
// ends).
func runServing(t *testing.T, dataDir string, args ...string) (printed, base string, stop func()) {
	t.Helper()
	pr, pw := io.Pipe()
	m := NewMain()
	m.Stdout, m.Stderr = pw, io.Discard
	m.Logger = slog.New(slog.DiscardHandler)
	m.Config = Config{DataDir: dataDir}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		err := m.Run(ctx, args)
		if cerr := m.Close(); err == nil {
			err = cerr
		}
		pw.CloseWithError(io.EOF)
		done <- err
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("%v: %v", args, err)
				}
			case <-time.After(15 * time.Second):
				t.Errorf("%v did not stop", args)
			}
		})
	}
	t.Cleanup(stop)
	r := bufio.NewReader(pr)
	var out strings.Builder
	for {
		line, err := r.ReadString('\n')
		out.WriteString(line)
		if u, ok := strings.CutPrefix(strings.TrimSpace(line), "serving on "); ok {
			go io.Copy(io.Discard, r)
			return out.String(), u, stop
		}
		if err != nil {
			t.Fatalf("%v stopped before serving: %v\n%s", args, err, out.String())
		}
	}
}

// The README's main job: the demo, served, with an account to log in with.
func TestDemoServe(t *testing.T) {
	dir := t.TempDir()
	printed, base, _ := runServing(t, dir, "demo", "--serve", "--addr", "127.0.0.1:0")
	if !strings.Contains(printed, "SYNTHETIC") {
		t.Errorf("summary not marked SYNTHETIC:\n%s", printed)
	}
	_, rest, ok := strings.Cut(printed, `Log in as "demo" with password `)
	password, _, _ := strings.Cut(rest, " ")
	if !ok || len(password) < 12 {
		t.Fatalf("no password printed:\n%s", printed)
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	resp, err := client.PostForm(base+"/login", url.Values{"name": {"demo"}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "extrajudicial") {
		t.Errorf("dashboard after login: %s\n%.300s", resp.Status, body)
	}
}

// Each run gives the demo account a new password; the old one stops
// working.
func TestDemoAccountNewPassword(t *testing.T) {
	e := &env{t: t, dataDir: t.TempDir()}
	e.ok("demo")
	m := NewMain()
	m.Config = Config{DataDir: e.dataDir}
	defer m.Close()
	ctx := auth.WithActorValue(context.Background(), auth.LocalAdmin())
	db, err := m.Store(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first, err := demoAccount(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	second, err := demoAccount(ctx, db)
	if err != nil || second == first {
		t.Fatalf("second password %q (%v) after %q", second, err, first)
	}
	svc := auth.NewService(db.Accounts())
	if _, err := svc.Login(ctx, demoUser, first, "", "127.0.0.1"); err == nil {
		t.Error("the old password still logs in")
	}
	if _, err := svc.Login(ctx, demoUser, second, "", "127.0.0.1"); err != nil {
		t.Errorf("the new password does not log in: %v", err)
	}
}
