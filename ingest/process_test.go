package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/worker"
)

// The test binary is its own worker: with RASTRO_TEST_WORKER set it serves
// the protocol with echoMiner, or dies at once with "crash".
func TestMain(m *testing.M) {
	switch os.Getenv("RASTRO_TEST_WORKER") {
	case "echo":
		if err := Serve(context.Background(), os.Stdin, os.Stdout, MinerFunc(echoMiner)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	case "crash":
		fmt.Fprintln(os.Stderr, "worker gave up")
		os.Exit(3)
	}
	os.Exit(m.Run())
}

// echoMiner makes a source titled by the document and one claim per line;
// an empty document is refused as intake refuses it.
func echoMiner(_ context.Context, original []byte, meta Meta) (*Mined, error) {
	if len(original) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: empty file", meta.Name)
	}
	m := &Mined{Source: rastro.Source{Kind: meta.Kind, Title: meta.Title + ": " + string(original), Published: rastro.MustDate("2023-01-09")}, Method: "echo"}
	for i, line := range strings.Split(string(original), "\n") {
		m.Claims = append(m.Claims, &rastro.Claim{Kind: rastro.ClaimCount, Start: i, End: i + len(line), Text: line, Status: rastro.ClaimPending, Data: []byte(`{"figure":3}`)})
	}
	return m, nil
}

func TestProcess(t *testing.T) {
	ctx := context.Background()
	p := &Process{Worker: &worker.Program{Path: os.Args[0], Env: []string{"RASTRO_TEST_WORKER=echo"}}}
	defer p.Close()
	// Several documents through one worker, a refused one in between.
	for i, doc := range []string{"one\ntwo", "", "three", strings.Repeat("x", 1<<20)} {
		m, err := p.Mine(ctx, []byte(doc), Meta{Name: fmt.Sprintf("d%d.txt", i), Title: "T", Kind: rastro.SourceNews})
		if doc == "" {
			if rastro.ErrorCode(err) != rastro.EINVALID || rastro.ErrorMessage(err) != "d1.txt: empty file" {
				t.Fatalf("empty document: %v", err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("document %d: %v", i, err)
		}
		if m.Source.Title != "T: "+doc || m.Source.Published != rastro.MustDate("2023-01-09") || len(m.Claims) != strings.Count(doc, "\n")+1 || string(m.Claims[0].Data) != `{"figure":3}` {
			t.Errorf("document %d came back as %+v", i, m.Source)
		}
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestProcessCrash(t *testing.T) {
	p := &Process{Worker: &worker.Program{Path: os.Args[0], Env: []string{"RASTRO_TEST_WORKER=crash"}}}
	_, err := p.Mine(context.Background(), []byte("doc"), Meta{Name: "a.txt"})
	if rastro.ErrorCode(err) != rastro.EINTERNAL || !strings.Contains(err.Error(), "worker gave up") {
		t.Fatalf("crashed worker: %v", err)
	}
	if _, again := p.Mine(context.Background(), []byte("doc"), Meta{}); again == nil {
		t.Error("a broken worker answered again")
	}
	p.Close()
}

func TestProcessMissing(t *testing.T) {
	p := &Process{Worker: &worker.Program{Path: "/nonexistent/rastro-intake"}}
	if _, err := p.Mine(context.Background(), []byte("doc"), Meta{}); rastro.ErrorCode(err) != rastro.EINTERNAL {
		t.Fatalf("missing worker: %v", err)
	}
}

// FuzzServe feeds the worker arbitrary input: it must answer or stop with
// an error, never panic or read past what it was given.
func FuzzServe(f *testing.F) {
	f.Add([]byte("{\"meta\":{\"name\":\"a.txt\"},\"size\":3}\nabc"))
	f.Add([]byte("{\"meta\":{},\"size\":0}\n{\"meta\":{},\"size\":2}\nab"))
	f.Add([]byte("{\"size\":536870000}\nshort"))
	f.Add([]byte("not json\n"))
	f.Add([]byte("{\"size\":-1}\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		_ = Serve(context.Background(), bytes.NewReader(in), &out, MinerFunc(echoMiner))
		for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
			if line != "" && !strings.HasPrefix(line, `{"mined":`) && !strings.HasPrefix(line, `{"error":`) {
				t.Fatalf("answer %q", line)
			}
		}
	})
}
