package web

import (
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/bundle"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/evidence"
)

// The evidence commands of the command line, for the web and the API:
// labels (rastro evidence label), hand-added custody entries (rastro
// evidence log), the locker's check (rastro verify) and evidence bundles
// (rastro bundle export, rastro bundle verify). The rules are package
// evidence's and bundle's; the store audits the writes.

// labelRequest adds and removes an item's sensitivity labels.
type labelRequest struct {
	Add    []string `json:"add"`
	Remove []string `json:"remove"`
	Note   string   `json:"note"`
}

func labelEvidence(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	l, id, err := s.lockerItem(r)
	if err != nil {
		return nil, err
	}
	var req labelRequest
	err = readRequest(w, r, &req, func() {
		req = labelRequest{Add: r.PostForm["add"], Remove: r.PostForm["remove"], Note: strings.TrimSpace(r.PostFormValue("note"))}
	})
	if err != nil {
		return nil, err
	}
	add, err := rastro.ParseLabels(req.Add)
	if err != nil {
		return nil, err
	}
	remove, err := rastro.ParseLabels(req.Remove)
	if err != nil {
		return nil, err
	}
	if _, err := l.Label(r.Context(), id, add, remove, actorName(r), req.Note); err != nil {
		return nil, err
	}
	return s.evidenceChanged(r, l, id)
}

// custodyRequest is an entry added by hand to an item's custody log.
type custodyRequest struct {
	Action rastro.CustodyAction `json:"action"`
	Note   string               `json:"note"`
}

func logCustody(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	l, id, err := s.lockerItem(r)
	if err != nil {
		return nil, err
	}
	var req custodyRequest
	err = readRequest(w, r, &req, func() {
		req = custodyRequest{Action: rastro.CustodyAction(r.PostFormValue("action")), Note: strings.TrimSpace(r.PostFormValue("note"))}
	})
	if err != nil {
		return nil, err
	}
	if _, err := l.Log(r.Context(), id, req.Action, actorName(r), req.Note); err != nil {
		return nil, err
	}
	return s.evidenceChanged(r, l, id)
}

// lockerItem is the locker and the item of the path, for a write.
func (s *Server) lockerItem(r *http.Request) (*evidence.Locker, int64, error) {
	l, err := s.locker()
	if err != nil {
		return nil, 0, err
	}
	id, err := pathID(r)
	return l, id, err
}

// evidenceChanged answers a change of item id: the page goes back to the
// item's custody log, the API gets the item with its log.
func (s *Server) evidenceChanged(r *http.Request, l *evidence.Locker, id int64) (any, error) {
	if err := l.RecordHead(r.Context()); err != nil {
		return nil, err
	}
	v, err := s.evidenceItemView(r, id)
	if err != nil {
		return nil, err
	}
	return seeOther{To: "/evidence/" + strconv.FormatInt(id, 10) + "#custody", Data: v}, nil
}

// ManualActions are the custody actions the form offers.
func (evidenceView) ManualActions() []rastro.CustodyAction { return evidence.ManualActions }

// Unheld are the labels the item does not carry, which the form offers
// to add.
func (v evidenceView) Unheld() []rastro.Label {
	var out []rastro.Label
	for _, l := range rastro.Labels {
		if !v.Item.HasLabel(l) {
			out = append(out, l)
		}
	}
	return out
}

// verifyView is what the check of the locker found, as rastro verify
// prints it; leftovers go by count and size (their paths are the
// server's).
type verifyView struct {
	OK             bool              `json:"ok"`
	Items          int               `json:"items"`
	Blobs          int               `json:"blobs"`
	Entries        int               `json:"custody_entries"`
	Problems       []custody.Problem `json:"problems"`
	MissingBlobs   int               `json:"missing_blobs"`
	ForeignKey     bool              `json:"no_entry_verifies_with_key"`
	KeyFingerprint string            `json:"key_fingerprint"`
	Unreferenced   int               `json:"unreferenced_blobs"`
	Leftovers      int               `json:"leftovers"`
	LeftoverBytes  int64             `json:"leftover_bytes"`
	CheckedAt      time.Time         `json:"checked_at"`
}

func verifyLocker(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	l, err := s.locker()
	if err != nil {
		return nil, err
	}
	rep, err := l.Verify(r.Context())
	if err != nil {
		return nil, err
	}
	v := verifyView{OK: rep.OK(), Items: rep.Items, Blobs: rep.Blobs, Entries: rep.Entries, Problems: rep.Problems,
		MissingBlobs: rep.Count(custody.MissingBlob), KeyFingerprint: custody.Fingerprint(l.PublicKey),
		Unreferenced: len(rep.Unreferenced), Leftovers: len(rep.Leftovers), CheckedAt: time.Now().UTC()}
	v.ForeignKey = rep.Entries > 0 && rep.Count(custody.BadSignature) == rep.Entries
	if v.Problems == nil {
		v.Problems = []custody.Problem{}
	}
	for _, it := range rep.Leftovers {
		v.LeftoverBytes += it.Size
	}
	return v, nil
}

// bundleRequest is the scope of an evidence bundle.
type bundleRequest struct {
	Incident int64 `json:"incident"`
	Act      int64 `json:"act"`
	All      bool  `json:"all"`
}

// exportBundle writes the signed zip of rastro bundle export. It is built
// whole beside the locker first: a blob that no longer matches its record
// stops it before anything is sent or recorded; then each item gets its
// "exported" custody entry and the zip is sent.
func exportBundle(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	l, err := s.locker()
	if err != nil {
		return nil, err
	}
	if l.Signer == nil {
		return nil, rastro.Errorf(rastro.ENOTIMPLEMENTED, "this server's locker has no key to sign bundles with")
	}
	var req bundleRequest
	var formErr error
	err = readRequest(w, r, &req, func() {
		// The form's radio says which of its fields counts.
		switch scope := r.PostFormValue("scope"); scope {
		case "all":
			req.All = true
		case "incident", "act":
			var id int64
			if id, formErr = formID(r, scope); formErr == nil && id == 0 {
				formErr = rastro.Errorf(rastro.EINVALID, "give the number of the %s whose evidence to export", scope)
			}
			if scope == "incident" {
				req.Incident = id
			} else {
				req.Act = id
			}
		default:
			formErr = rastro.Errorf(rastro.EINVALID, "scope %q: want incident, act or all", scope)
		}
	})
	if err == nil {
		err = formErr
	}
	if err != nil {
		return nil, err
	}
	scope := bundle.Scope{Incident: req.Incident, Act: req.Act, All: req.All}
	src, err := bundle.Collect(r.Context(), l.Store, l.Blobs, scope)
	if err != nil {
		return nil, err
	}
	dir, done, err := s.workDir()
	if err != nil {
		return nil, err
	}
	defer done()
	now := time.Now().UTC()
	name := "rastro-evidence-" + strings.ReplaceAll(src.Scope, " ", "-") + "-" + now.Format("20060102T150405Z") + ".zip"
	f, err := os.OpenFile(filepath.Join(dir, "bundle.zip"), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := bundle.Export(r.Context(), f, src, l.Signer, now); err != nil {
		return nil, err
	}
	if err := bundle.RecordExport(r.Context(), l.Store, src, name, actorName(r)); err != nil {
		return nil, err
	}
	if err := l.RecordHead(r.Context()); err != nil {
		return nil, err
	}
	size, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		return nil, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	w.Header().Set("Content-Type", "application/zip")
	w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Header().Set("Cache-Control", "no-store")
	io.Copy(w, f)
	return nil, nil
}

// formID reads an optional record ID of the form (empty: 0).
func formID(r *http.Request, name string) (int64, error) {
	v := strings.TrimSpace(r.PostFormValue(name))
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 {
		return 0, rastro.Errorf(rastro.EINVALID, "%s %q: want a record ID", name, v)
	}
	return n, nil
}

// bundleCheckView is what the check of an uploaded bundle found, as
// rastro bundle verify prints it.
type bundleCheckView struct {
	OK        bool      `json:"ok"`
	Scope     string    `json:"scope"`
	CreatedAt time.Time `json:"created_at"`
	Items     int       `json:"items"`
	KeyID     string    `json:"key_fingerprint"`
	Problems  []string  `json:"problems"`
}

// verifyBundle checks an uploaded bundle (the body as application/zip, or
// the form's "bundle" file), streamed to a file beside the locker first:
// a zip is read from its end. Nothing is stored.
func verifyBundle(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	var in io.Reader = r.Body
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		part, err := filePart(r, "bundle", "choose a bundle (.zip) to check", nil)
		if err != nil {
			return nil, err
		}
		in = part
	} else if mt != "application/zip" {
		return nil, rastro.Errorf(rastro.EINVALID, "send the bundle as application/zip or as the file \"bundle\" of a multipart form")
	}
	dir, done, err := s.workDir()
	if err != nil {
		return nil, err
	}
	defer done()
	f, err := os.OpenFile(filepath.Join(dir, "bundle.zip"), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size, err := io.Copy(f, in)
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "upload interrupted: %v", unwrapPath(err))
	}
	res, err := bundle.VerifyReader(f, size, "the uploaded bundle")
	if err != nil {
		return nil, err
	}
	v := bundleCheckView{OK: res.OK(), KeyID: res.KeyID, Problems: res.Problems}
	if v.Problems == nil {
		v.Problems = []string{}
	}
	if m := res.Manifest; m != nil {
		v.Scope, v.CreatedAt, v.Items = m.Scope, m.CreatedAt, len(m.Items)
	}
	return v, nil
}

// filePart is the multipart form's part named name, read as a stream
// (the form is never parsed whole); missing says what to do when absent.
// Fields named in fields that come before it are read into them.
func filePart(r *http.Request, name, missing string, fields map[string]*string) (io.Reader, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "%s: %v", missing, err)
	}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return nil, rastro.Errorf(rastro.EINVALID, "%s", missing)
		} else if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "upload: %v", err)
		}
		if part.FormName() == name {
			return part, nil
		}
		if v, ok := fields[part.FormName()]; ok {
			b, err := io.ReadAll(io.LimitReader(part, 1<<10))
			if err != nil {
				return nil, rastro.Errorf(rastro.EINVALID, "upload: %v", err)
			}
			if err := checkField("upload", part.FormName(), string(b)); err != nil {
				return nil, err
			}
			*v = strings.TrimSpace(string(b))
		}
	}
}
