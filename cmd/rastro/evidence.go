package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/evidence"
	"github.com/rastro-project/rastro/internal/atomicfile"
	"github.com/rastro-project/rastro/internal/leftover"
	"github.com/spf13/cobra"
)

func init() {
	register(func(m *Main) *cobra.Command {
		cmd := &cobra.Command{
			Use:   "evidence",
			Short: "The evidence locker: add files, list and show them, read their custody log",
			Long: `The evidence locker keeps files (video, photographs, documents, statements)
unaltered under their SHA-256, with an append-only, signed custody log.
Blobs are stored in DATA/blobs, or in S3-compatible storage when
RASTRO_S3_ENDPOINT is set (with RASTRO_S3_ACCESS_KEY, RASTRO_S3_SECRET_KEY,
RASTRO_S3_BUCKET, RASTRO_S3_PREFIX, RASTRO_S3_SECURE; *_FILE variants work).
Custody entries name the actor given by --actor, RASTRO_ACTOR or the OS user.`,
		}
		cmd.AddCommand(evidenceAddCmd(m), evidenceListCmd(m), evidenceShowCmd(m), evidenceGetCmd(m),
			evidenceLabelCmd(m), evidenceLogCmd(m), evidenceSweepCmd(m))
		return cmd
	})
}

// evidenceLinks are the record links an item can have.
type evidenceLinks struct{ incident, act, person int64 }

func (l *evidenceLinks) add(cmd *cobra.Command, verb string) {
	cmd.Flags().Int64Var(&l.incident, "incident", 0, verb+" the incident with this ID")
	cmd.Flags().Int64Var(&l.act, "act", 0, verb+" the act with this ID")
	cmd.Flags().Int64Var(&l.person, "person", 0, verb+" the person with this ID")
}

func (l *evidenceLinks) check() error {
	if l.incident < 0 || l.act < 0 || l.person < 0 {
		return rastro.Errorf(rastro.EINVALID, "--incident, --act and --person take positive IDs")
	}
	return nil
}

func evidenceAddCmd(m *Main) *cobra.Command {
	var links evidenceLinks
	var collectedBy, collectedAt, sourceURL, note, actor string
	var labels []string
	var derivedFrom int64
	cmd := &cobra.Command{
		Use:   "add FILE...",
		Short: "Store files as evidence, with metadata and custody entries",
		Long: `Stream each file into the locker under its SHA-256, record its name, media
type, size and metadata (EXIF capture time, GPS and camera; duration, creation
time and GPS of video and audio through ffprobe when installed), and start its
custody log. Perceptual hashes flag near-duplicates of items already held.
A file already held (same SHA-256) is reported and not added again.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := links.check(); err != nil {
				return err
			}
			tmpl := rastro.EvidenceItem{IncidentID: links.incident, ActID: links.act, PersonID: links.person,
				DerivedFrom: derivedFrom, CollectedBy: collectedBy, SourceURL: sourceURL, Note: note}
			var err error
			if tmpl.Labels, err = rastro.ParseLabels(labels); err != nil {
				return err
			}
			if collectedAt != "" {
				t, err := parseWhen(collectedAt)
				if err != nil {
					return err
				}
				tmpl.CollectedAt = &t
			}
			if sourceURL != "" {
				if u, err := url.Parse(sourceURL); err != nil || u.Scheme == "" || u.Host == "" {
					return rastro.Errorf(rastro.EINVALID, "--source-url %q is not an absolute URL", sourceURL)
				}
			}
			// Check every file before storing any.
			for _, p := range args {
				fi, err := os.Stat(p)
				if err != nil {
					return rastro.Errorf(rastro.EINVALID, "%s: cannot read: %v", p, unwrapPathErr(err))
				}
				if !fi.Mode().IsRegular() {
					return rastro.Errorf(rastro.EINVALID, "%s is not a regular file", p)
				}
			}
			locker, _, _, err := m.locker(cmd.Context())
			if err != nil {
				return err
			}
			for _, p := range args {
				res, err := locker.Add(cmd.Context(), p, tmpl, actor, note)
				if err != nil {
					return err
				}
				it := res.Item
				if res.Held {
					fmt.Fprintf(m.Stdout, "%s: already held as evidence item %d (sha256 %s)\n", p, it.ID, it.SHA256)
					continue
				}
				fmt.Fprintf(m.Stdout, "%s: evidence item %d, %d bytes, %s, sha256 %s\n", p, it.ID, it.Size, it.MediaType, it.SHA256)
				for _, nd := range res.NearDuplicates {
					fmt.Fprintf(m.Stdout, "  looks like evidence item %d (perceptual distance %d)\n", nd.ItemID, nd.Distance)
				}
				for _, pr := range it.Metadata.Problems {
					fmt.Fprintf(m.Stdout, "  metadata: %s\n", pr)
				}
			}
			return nil
		},
	}
	links.add(cmd, "link the files to")
	cmd.Flags().StringVar(&collectedBy, "collected-by", "", "who collected the files")
	cmd.Flags().StringVar(&collectedAt, "collected-at", "", "when they were collected: YYYY-MM-DD, YYYY-MM-DD HH:MM (UTC) or RFC 3339 with a zone")
	cmd.Flags().StringVar(&sourceURL, "source-url", "", "where they were obtained")
	cmd.Flags().StringVar(&note, "note", "", "a note for the record and the acquisition entry")
	cmd.Flags().StringSliceVar(&labels, "label", nil, "sensitivity labels: graphic_violence, identifiable_person, minor, protected_witness")
	cmd.Flags().Int64Var(&derivedFrom, "derived-from", 0, "the files are working copies (redacted, transcoded, clipped) of this item")
	cmd.Flags().StringVar(&actor, "actor", defaultActor(), "who is acting, for the custody log")
	return cmd
}

// parseWhen reads a collection time; times without a zone are UTC.
func parseWhen(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, rastro.Errorf(rastro.EINVALID, "--collected-at %q: want YYYY-MM-DD, YYYY-MM-DD HH:MM or RFC 3339", s)
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func evidenceListCmd(m *Main) *cobra.Command {
	var links evidenceLinks
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List evidence items",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := links.check(); err != nil {
				return err
			}
			_, svc, _, err := m.locker(cmd.Context())
			if err != nil {
				return err
			}
			var f rastro.EvidenceFilter
			if links.incident > 0 {
				f.IncidentID = &links.incident
			}
			if links.act > 0 {
				f.ActID = &links.act
			}
			if links.person > 0 {
				f.PersonID = &links.person
			}
			items, _, err := svc.ListEvidence(cmd.Context(), f)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(m.Stdout, items)
			}
			tw := tabwriter.NewWriter(m.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSHA256\tSIZE\tTYPE\tINCIDENT\tACT\tLABELS\tNAME")
			for _, it := range items {
				var labels []string
				for _, l := range it.Labels {
					labels = append(labels, string(l))
				}
				fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", it.ID, it.SHA256[:12], it.Size, it.MediaType,
					idOrDash(it.IncidentID), idOrDash(it.ActID), strings.Join(labels, ","), it.OriginalName)
			}
			return tw.Flush()
		},
	}
	links.add(cmd, "only items supporting")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func idOrDash(id int64) string {
	if id == 0 {
		return "-"
	}
	return strconv.FormatInt(id, 10)
}

func evidenceShowCmd(m *Main) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show an evidence item with its metadata and custody log",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			_, svc, _, err := m.locker(cmd.Context())
			if err != nil {
				return err
			}
			it, err := svc.FindEvidence(cmd.Context(), id)
			if err != nil {
				return err
			}
			entries, err := svc.ListCustody(cmd.Context(), rastro.CustodyFilter{ItemID: &id})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(m.Stdout, struct {
					Item    *rastro.EvidenceItem   `json:"item"`
					Custody []*rastro.CustodyEntry `json:"custody"`
				}{it, entries})
			}
			md, _ := json.MarshalIndent(it.Metadata, "  ", "  ")
			fmt.Fprintf(m.Stdout, "evidence item %d\n  name:         %s\n  sha256:       %s\n  size:         %d bytes\n  media type:   %s\n",
				it.ID, it.OriginalName, it.SHA256, it.Size, it.MediaType)
			for _, kv := range [][2]string{{"incident", idOrDash(it.IncidentID)}, {"act", idOrDash(it.ActID)}, {"person", idOrDash(it.PersonID)},
				{"derived from", idOrDash(it.DerivedFrom)}, {"collected by", it.CollectedBy}, {"source url", it.SourceURL}, {"note", it.Note}} {
				if kv[1] != "" && kv[1] != "-" {
					fmt.Fprintf(m.Stdout, "  %-13s %s\n", kv[0]+":", kv[1])
				}
			}
			if it.CollectedAt != nil {
				fmt.Fprintf(m.Stdout, "  collected:    %s\n", it.CollectedAt.Format(time.RFC3339))
			}
			if len(it.Labels) > 0 {
				fmt.Fprintf(m.Stdout, "  labels:       %v\n", it.Labels)
			}
			fmt.Fprintf(m.Stdout, "  metadata:     %s\ncustody:\n", md)
			printCustody(m.Stdout, entries)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func printCustody(w io.Writer, entries []*rastro.CustodyEntry) {
	for _, e := range entries {
		fmt.Fprintf(w, "  #%d %s %-11s %s", e.Seq, e.Time.Format(time.RFC3339), e.Action, e.Actor)
		if e.Note != "" {
			fmt.Fprintf(w, ": %s", e.Note)
		}
		fmt.Fprintf(w, " [%s]\n", e.Hash[:12])
	}
}

func evidenceGetCmd(m *Main) *cobra.Command {
	var out, actor, note string
	cmd := &cobra.Command{
		Use:   "get ID -o FILE",
		Short: "Copy an item's bytes out of the locker (recorded as viewed)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			if out == "" {
				return rastro.Errorf(rastro.EINVALID, "evidence get needs -o FILE")
			}
			locker, _, _, err := m.locker(cmd.Context())
			if err != nil {
				return err
			}
			if _, err := os.Stat(out); err == nil {
				return rastro.Errorf(rastro.EINVALID, "%s exists; choose a new file name", out)
			}
			it, rc, err := locker.Open(cmd.Context(), id, actor, note)
			if err != nil {
				return err
			}
			defer rc.Close()
			return writePrivateFile(out, func(w io.Writer) error {
				n, err := io.Copy(w, rc)
				if err == nil && n != it.Size {
					err = rastro.Errorf(rastro.ECONFLICT, "blob of item %d has %d bytes, recorded %d: run `rastro verify`", id, n, it.Size)
				}
				return err
			})
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write")
	cmd.Flags().StringVar(&note, "note", "", "why the item is viewed, for the custody log")
	cmd.Flags().StringVar(&actor, "actor", defaultActor(), "who is acting, for the custody log")
	return cmd
}

// writePrivateFile writes a copy of evidence: owner-only, synced, and
// complete or absent.
func writePrivateFile(path string, write func(io.Writer) error) error {
	err := atomicfile.Write(path, write)
	var pe *os.PathError
	if errors.As(err, &pe) {
		return rastro.Errorf(rastro.EINVALID, "cannot write %s: %v", path, pe.Err)
	}
	return err
}

func evidenceLabelCmd(m *Main) *cobra.Command {
	var add, remove []string
	var actor, note string
	cmd := &cobra.Command{
		Use:   "label ID [--add LABEL] [--remove LABEL]",
		Short: "Change an item's sensitivity labels (recorded as annotated)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			adds, err := rastro.ParseLabels(add)
			if err != nil {
				return err
			}
			removes, err := rastro.ParseLabels(remove)
			if err != nil {
				return err
			}
			if len(adds)+len(removes) == 0 {
				return rastro.Errorf(rastro.EINVALID, "evidence label needs --add or --remove")
			}
			locker, _, _, err := m.locker(cmd.Context())
			if err != nil {
				return err
			}
			text, err := locker.Label(cmd.Context(), id, adds, removes, actor, note)
			if err == nil {
				fmt.Fprintf(m.Stdout, "evidence item %d: %s\n", id, text)
			}
			return err
		},
	}
	cmd.Flags().StringSliceVar(&add, "add", nil, "labels to add")
	cmd.Flags().StringSliceVar(&remove, "remove", nil, "labels to remove")
	cmd.Flags().StringVar(&note, "note", "", "why, for the custody log")
	cmd.Flags().StringVar(&actor, "actor", defaultActor(), "who is acting, for the custody log")
	return cmd
}

func evidenceLogCmd(m *Main) *cobra.Command {
	var action, actor, note string
	cmd := &cobra.Command{
		Use:   "log ID [--action transferred|annotated|viewed --note TEXT]",
		Short: "Print an item's custody log, or append an entry to it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			if action != "" {
				if err := evidence.CheckManual(rastro.CustodyAction(action), note); err != nil {
					return err
				}
			}
			locker, svc, _, err := m.locker(cmd.Context())
			if err != nil {
				return err
			}
			if action != "" {
				if _, err := locker.Log(cmd.Context(), id, rastro.CustodyAction(action), actor, note); err != nil {
					return err
				}
			}
			entries, err := svc.ListCustody(cmd.Context(), rastro.CustodyFilter{ItemID: &id})
			if err != nil {
				return err
			}
			if len(entries) == 0 {
				if _, err := svc.FindEvidence(cmd.Context(), id); err != nil {
					return err
				}
			}
			printCustody(m.Stdout, entries)
			return nil
		},
	}
	cmd.Flags().StringVar(&action, "action", "", "append an entry: transferred, annotated or viewed")
	cmd.Flags().StringVar(&note, "note", "", "what happened (to whom it was handed, and why)")
	cmd.Flags().StringVar(&actor, "actor", defaultActor(), "who is acting, for the custody log")
	return cmd
}

func evidenceSweepCmd(m *Main) *cobra.Command {
	var minAge, uploadAge time.Duration
	cmd := &cobra.Command{
		Use:   "sweep",
		Short: "Remove blobs that interrupted adds left without a record, and partial files of killed work",
		Long: `An add interrupted after its file was stored but before its record was
committed leaves a blob that no record refers to. sweep removes such blobs
once they are older than --min-age (so an add running elsewhere is left alone).
Blobs that records refer to are never touched. It also removes the partial
blobs of killed adds (DATA/blobs/tmp) and the folders of killed web uploads
(DATA/upload-*): each is locked while its work runs, so only those whose
process is gone are removed, however recent. An S3 bucket has no such locks:
there, temporary objects and unfinished multipart uploads of killed adds are
removed once they were begun at least --upload-age ago.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			locker, _, _, err := m.locker(cmd.Context())
			if err != nil {
				return err
			}
			left, err := locker.SweepLeftovers()
			if err == nil {
				var more []leftover.Item
				more, err = locker.SweepStoreTemps(cmd.Context(), time.Now().Add(-uploadAge))
				left = append(left, more...)
			}
			for _, it := range left {
				fmt.Fprintf(m.Stdout, "removed leftover %s (%d bytes)\n", it.Path, it.Size)
			}
			if err != nil {
				return err
			}
			removed, err := locker.Sweep(cmd.Context(), minAge)
			for _, s := range removed {
				fmt.Fprintf(m.Stdout, "removed unreferenced blob %s\n", s)
			}
			if err == nil {
				fmt.Fprintf(m.Stdout, "%d unreferenced blobs and %d leftovers of killed work removed\n", len(removed), len(left))
			}
			return err
		},
	}
	cmd.Flags().DurationVar(&minAge, "min-age", time.Hour, "only blobs at least this old")
	cmd.Flags().DurationVar(&uploadAge, "upload-age", evidence.UploadAge, "S3 only: temporary objects and unfinished uploads begun at least this long ago")
	return cmd
}
