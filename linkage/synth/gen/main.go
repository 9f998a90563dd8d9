// Command gen writes a generated Peruvian-style victim list as CSV, for
// benchmarking rastro link on large inputs:
//
//	go run ./linkage/synth/gen -n 1000000 -o /tmp/victims.csv
//	rastro link --csv /tmp/victims.csv --map "$(go run ./linkage/synth/gen -mapping)" -o /tmp/out
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/rastro-project/rastro/linkage/synth"
)

func main() {
	n := flag.Int("n", 1_000_000, "records")
	out := flag.String("o", "", "output file (default standard output)")
	seed := flag.Uint64("seed", 1, "random seed")
	places := flag.String("ubigeo", filepath.Join("..", "shared", "data", "peru", "ubigeo_distrito.csv"), "district table to draw UBIGEO codes from (codes are made up when missing)")
	mapping := flag.Bool("mapping", false, "print the column mapping for rastro link and exit")
	flag.Parse()
	if *mapping {
		fmt.Println(synth.Mapping)
		return
	}
	if err := run(*n, *out, *seed, *places); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(n int, out string, seed uint64, placesFile string) error {
	opt := synth.Options{Records: n, Seed: seed}
	if f, err := os.Open(placesFile); err == nil {
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %v", placesFile, err)
		}
		for _, r := range rows[1:] {
			if len(r[0]) == 6 {
				opt.Places = append(opt.Places, r[0])
			}
		}
	}
	w := os.Stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	if err := synth.Write(bw, opt); err != nil {
		return err
	}
	return bw.Flush()
}
