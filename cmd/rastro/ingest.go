package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/ingest"
	"github.com/spf13/cobra"
)

func init() { register(newIngestCommand) }

func newIngestCommand(m *Main) *cobra.Command {
	var meta ingest.Meta
	var kind string
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Store documents (HTML, text, PDF) byte-exact and mine them for claims",
		Long: `Ingest stores each document exactly as it is, with its SHA-256, cleans its
text (page furniture removed; PDF text per page via poppler's pdftotext) and
mines it for claims, which wait in the review queue (rastro claim). PATH is a
file, a folder (every file in it, recursively) or - for standard input. The
same bytes ingested again return the stored source and create nothing.
Flags give metadata the document lacks and override what it says.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return rastro.Errorf(rastro.EINVALID, "%s needs at least one file, folder or -", cmd.CommandPath())
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&meta.Published, "published", "", "publication date: YYYY-MM-DD (or YYYY-MM, YYYY, RFC 3339)")
	cmd.Flags().StringVar(&meta.Publisher, "publisher", "", "publisher")
	cmd.Flags().StringVar(&meta.URL, "url", "", "where the document was published")
	cmd.Flags().StringVar(&meta.Language, "lang", "", "ISO 639-1 language code (en, es)")
	cmd.Flags().StringVar(&meta.Title, "title", "", "title")
	cmd.Flags().StringVar(&kind, "kind", "", "source kind: "+enumList(rastro.SourceKind("")))
	asJSON := cmd.Flags().Bool("json", false, "write each source with its claims as JSON")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		meta.Kind = rastro.SourceKind(kind)
		if kind != "" {
			probe := rastro.Source{Title: "x", Kind: meta.Kind}
			if err := probe.Validate(); err != nil {
				return err
			}
		}
		inputs, err := expandPaths(args)
		if err != nil {
			return err
		}
		db, err := m.Store(cmd.Context())
		if err != nil {
			return err
		}
		miner, err := m.intakeWorker()
		if err != nil {
			return err
		}
		p := &ingest.Pipeline{Miner: miner, Sources: db.Sources(), Claims: db.Claims(), Batch: db}
		var results []*ingest.Result
		var firstErr error
		failed := 0
		for _, in := range inputs {
			b, err := readInput(m, in)
			if err == nil {
				md := meta
				md.Name = in
				var res *ingest.Result
				if res, err = p.Ingest(cmd.Context(), b, md); err == nil {
					results = append(results, res)
					if !*asJSON {
						printIngest(m.Stdout, in, res)
					}
					continue
				}
			}
			failed++
			if firstErr == nil {
				firstErr = err
			}
			if rastro.ErrorCode(err) == rastro.EINTERNAL {
				return err
			}
			fmt.Fprintf(m.Stderr, "rastro: %s\n", rastro.ErrorMessage(err))
		}
		if *asJSON {
			if results == nil {
				results = []*ingest.Result{}
			}
			if err := writeJSON(m.Stdout, results); err != nil {
				return err
			}
		}
		if failed > 0 && len(inputs) > 1 {
			return rastro.Errorf(rastro.ErrorCode(firstErr), "%d of %d documents not ingested; first: %s", failed, len(inputs), rastro.ErrorMessage(firstErr))
		}
		return firstErr
	}
	return cmd
}

// expandPaths turns the arguments into files: folders are walked (hidden
// files and folders skipped), "-" stays for standard input.
func expandPaths(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "%s: no such file or folder", a)
		}
		if !info.IsDir() {
			out = append(out, a)
			continue
		}
		var files []string
		err = filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if strings.HasPrefix(d.Name(), ".") && path != a {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "%s: %v", a, err)
		}
		if len(files) == 0 {
			return nil, rastro.Errorf(rastro.EINVALID, "%s: folder has no files", a)
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out, nil
}

// maxInput bounds what one input may hold; intake refuses more anyway, this
// stops reading a runaway stream early.
const maxInput = 256<<20 + 1

func readInput(m *Main, path string) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		r = m.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "%s: %v", path, err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxInput))
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: %v", path, err)
	}
	return b, nil
}

// printIngest writes the one-paragraph summary of an ingested source.
func printIngest(w io.Writer, name string, res *ingest.Result) {
	s := res.Source
	state := "new"
	if !res.Created {
		state = "already stored"
	}
	fmt.Fprintf(w, "%s: source %d (%s) %q\n", name, s.ID, state, s.Title)
	var facts []string
	if s.Publisher != "" {
		facts = append(facts, s.Publisher)
	}
	if !s.Published.IsZero() {
		facts = append(facts, "published "+s.Published.String())
	}
	if s.Language != "" {
		facts = append(facts, s.Language)
	}
	facts = append(facts, fmt.Sprintf("%s, %d bytes, sha256 %s", s.MediaType, s.Size, s.SHA256[:12]))
	if len(s.Pages) > 0 {
		facts = append(facts, fmt.Sprintf("%d pages", len(s.Pages)))
	}
	if res.Method != "" {
		facts = append(facts, "text by "+res.Method)
	}
	fmt.Fprintf(w, "  %s\n", strings.Join(facts, "; "))
	byKind := map[rastro.ClaimKind]int{}
	for _, c := range res.Claims {
		byKind[c.Kind]++
	}
	var parts []string
	for _, k := range []rastro.ClaimKind{rastro.ClaimCount, rastro.ClaimDischarge, rastro.ClaimDate, rastro.ClaimPlace, rastro.ClaimActor, rastro.ClaimQuotation, rastro.ClaimWeapon, rastro.ClaimWound} {
		if byKind[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", byKind[k], k))
		}
	}
	fmt.Fprintf(w, "  %d claims", len(res.Claims))
	if len(parts) > 0 {
		fmt.Fprintf(w, ": %s", strings.Join(parts, ", "))
	}
	fmt.Fprintln(w)
	for _, c := range res.Claims {
		if c.Kind == rastro.ClaimCount || c.Kind == rastro.ClaimDischarge {
			fmt.Fprintf(w, "    #%d %s\n", c.ID, c.Summary)
		}
	}
	if len(res.Removed) > 0 {
		fmt.Fprintf(w, "  dropped %d page-furniture lines\n", len(res.Removed))
	}
	for _, warn := range res.Warnings {
		fmt.Fprintf(w, "  warning: %s\n", warn)
	}
}
