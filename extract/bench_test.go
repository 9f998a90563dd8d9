package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkExtract extracts every paragraph of the labelled files as one
// document per file, reporting bytes per second:
//
//	go test -run XXX -bench Extract -benchtime 20x ./extract
func BenchmarkExtract(b *testing.B) {
	docs, size := benchDocs(b)
	opt := Options{Published: time.Date(2023, 2, 15, 12, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			Extract(d, opt)
		}
	}
}

// BenchmarkFindDates times the dates pass alone, the dearest of them, on
// the same documents tokenised beforehand.
func BenchmarkFindDates(b *testing.B) {
	texts, size := benchDocs(b)
	opt := Options{Published: time.Date(2023, 2, 15, 12, 0, 0, 0, time.UTC)}
	var docs []*doc
	for _, t := range texts {
		d := newDoc(t, opt)
		d.findCountries() // the dateline notes its country, as run does
		d.findDateline()
		docs = append(docs, d)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			d.dates, d.claims, d.yearCache = nil, nil, nil
			d.findDates()
		}
	}
}

// benchDocs reads every paragraph of the tuning files, one document per file.
func benchDocs(b *testing.B) ([]string, int) {
	files, _ := filepath.Glob("testdata/tuning-*.txt")
	var docs []string
	size := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		var paras []string
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if line := sc.Text(); strings.HasPrefix(line, "text: ") {
				paras = append(paras, strings.TrimPrefix(line, "text: "))
			}
		}
		fh.Close()
		doc := strings.Join(paras, "\n\n")
		docs = append(docs, doc)
		size += len(doc)
	}
	return docs, size
}
