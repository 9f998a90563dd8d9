package web

import (
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/evidence"
	"github.com/rastro-project/rastro/internal/leftover"
	"github.com/rastro-project/rastro/internal/textcheck"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/sqldb"
)

// evidence is the evidence store: the locker's, or a read-only one over
// the database when no locker is configured.
func (s *Server) evidence() rastro.EvidenceService {
	if s.cfg.Locker != nil {
		return s.cfg.Locker.Store
	}
	return sqldb.NewEvidenceService(s.cfg.DB, nil)
}

type evidenceListView struct {
	Items []*rastro.EvidenceItem `json:"items"`
	page
}

func evidenceList(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	p, err := pageOf(r, 100)
	if err != nil {
		return nil, err
	}
	items, total, err := s.evidence().ListEvidence(r.Context(), rastro.EvidenceFilter{Offset: p.Offset, Limit: p.Limit})
	if err != nil {
		return nil, err
	}
	if items == nil {
		items = []*rastro.EvidenceItem{}
	}
	v := evidenceListView{Items: items, page: p}
	v.links(r, len(items), total)
	return v, nil
}

type evidenceView struct {
	Item    *rastro.EvidenceItem     `json:"item"`
	Custody []*rastro.CustodyEntry   `json:"custody"`
	Held    bool                     `json:"already_held,omitempty"`
	Near    []evidence.NearDuplicate `json:"near_duplicates,omitempty"`
	// Map locates the capture, when the file says where (page only).
	Map string `json:"-"`
	// Revealed shows graphic media unblurred (show=1, for browsers
	// without JavaScript).
	Revealed bool `json:"-"`
}

func evidenceItem(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	return s.evidenceItemView(r, id)
}

// evidenceItemView is item id with its custody log.
func (s *Server) evidenceItemView(r *http.Request, id int64) (evidenceView, error) {
	item, err := s.evidence().FindEvidence(r.Context(), id)
	if err != nil {
		return evidenceView{}, err
	}
	log, err := s.evidence().ListCustody(r.Context(), rastro.CustodyFilter{ItemID: &id})
	if err != nil {
		return evidenceView{}, err
	}
	v := evidenceView{Item: item, Custody: log, Revealed: r.URL.Query().Get("show") == "1"}
	if m := item.Metadata; m.Latitude != nil && m.Longitude != nil && !isAPI(r) {
		v.Map = report.LocatorSVG(s.cfg.Departments, *m.Latitude, *m.Longitude, translate(langFrom(r.Context()), "ev.location"))
	}
	return v, nil
}

// evidenceNew is the upload form; its incident is picked by date, place
// and title (the one of ?incident=ID chosen), never typed as a number.
func evidenceNew(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	v := evidenceNewView{IncidentID: r.URL.Query().Get("incident")}
	all, err := s.picks(r.Context(), "incidents")
	if err != nil {
		return nil, err
	}
	v.Incidents = all[:min(len(all), maxPicks)]
	for _, p := range all[len(v.Incidents):] {
		if strconv.FormatInt(p.ID, 10) == v.IncidentID {
			v.Incidents = append(v.Incidents, p)
		}
	}
	return v, nil
}

func (s *Server) locker() (*evidence.Locker, error) {
	if s.cfg.Locker == nil {
		return nil, rastro.Errorf(rastro.ENOTIMPLEMENTED, "this server has no evidence locker configured")
	}
	return s.cfg.Locker, nil
}

// actorName is who custody entries name: the logged-in user.
func actorName(r *http.Request) string {
	if u := userFrom(r.Context()); u != nil {
		return u.Name
	}
	return "unknown"
}

// UploadPrefix starts the names of the folders uploads stream into.
const UploadPrefix = "upload-"

// workDir makes a folder beside the locker for files of work in progress
// (uploads, bundles); done removes it. It is held while the work runs: a
// folder no one holds was left by a killed server, which the next start
// (or evidence sweep) removes.
func (s *Server) workDir() (dir string, done func(), err error) {
	dir, err = os.MkdirTemp(s.cfg.UploadDir, UploadPrefix+"*")
	if err != nil {
		return "", nil, err
	}
	release, err := leftover.Hold(dir)
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return dir, func() { release(); os.RemoveAll(dir) }, nil
}

// uploadEvidence streams a multipart upload (fields first, the file last)
// to a temporary file beside the locker and adds it: the file is never held
// in memory, and what the form says about it is kept with it.
func uploadEvidence(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	l, err := s.locker()
	if err != nil {
		return nil, err
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "send the file as multipart/form-data: %v", err)
	}
	var tmpl rastro.EvidenceItem
	var note, tmp string
	dir, done, err := s.workDir()
	if err != nil {
		return nil, err
	}
	defer done()
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "upload: %v", err)
		}
		name := part.FormName()
		if name == "file" {
			if tmp != "" {
				return nil, rastro.Errorf(rastro.EINVALID, "send one file per upload")
			}
			if tmpl.OriginalName, err = uploadName(part.FileName()); err != nil {
				return nil, err
			}
			// The temporary file is not named after the upload, so no error
			// of the file system (which may be logged) carries the name.
			tmp = filepath.Join(dir, "file"+safeExt(tmpl.OriginalName))
			f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
			if err != nil {
				return nil, err
			}
			_, err = io.Copy(f, part)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return nil, rastro.Errorf(rastro.EINVALID, "upload interrupted: %v", unwrapPath(err))
			}
			continue
		}
		b, err := io.ReadAll(io.LimitReader(part, 64<<10))
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "upload: %v", err)
		}
		if err := checkField("upload", name, string(b)); err != nil {
			return nil, err
		}
		if err := setEvidenceField(&tmpl, &note, name, strings.TrimSpace(string(b))); err != nil {
			return nil, err
		}
	}
	if tmp == "" {
		return nil, rastro.Errorf(rastro.EINVALID, "choose a file to upload")
	}
	res, err := l.Add(r.Context(), tmp, tmpl, actorName(r), note)
	if err != nil {
		return nil, err
	}
	if err := l.RecordHead(r.Context()); err != nil {
		return nil, err
	}
	v := evidenceView{Item: res.Item, Held: res.Held, Near: res.NearDuplicates}
	return seeOther{To: "/evidence/" + strconv.FormatInt(res.Item.ID, 10), Data: v}, nil
}

// maxNameBytes is the longest file name most file systems take.
const maxNameBytes = 255

// uploadName is the name an upload is recorded under: the last element of
// what the browser sent (either slash), refused when it is no file name,
// too long or not clean text. Errors never repeat the name.
func uploadName(sent string) (string, error) {
	name := path.Base(strings.ReplaceAll(sent, "\\", "/"))
	switch {
	case sent == "" || name == "." || name == ".." || name == "/":
		return "", rastro.Errorf(rastro.EINVALID, "the file has no usable name: rename it and upload it again")
	case len(name) > maxNameBytes:
		return "", rastro.Errorf(rastro.EINVALID, "the file name is %d bytes long, more than %d: rename it and upload it again", len(name), maxNameBytes)
	}
	if err := textcheck.String(name); err != nil {
		return "", rastro.Errorf(rastro.EINVALID, "the file name: %v", err)
	}
	return name, nil
}

// safeExt is the name's extension when it is short and plain, which the
// locker's media sniffing may need; else nothing.
func safeExt(name string) string {
	ext := filepath.Ext(name)
	if len(ext) > 10 {
		return ""
	}
	for _, r := range ext[min(1, len(ext)):] {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return ""
		}
	}
	return ext
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func setEvidenceField(it *rastro.EvidenceItem, note *string, name, v string) error {
	id := func() (int64, error) {
		if v == "" {
			return 0, nil
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return 0, rastro.Errorf(rastro.EINVALID, "%s %q: want a record ID", name, v)
		}
		return n, nil
	}
	var err error
	switch name {
	case "incident_id":
		it.IncidentID, err = id()
	case "act_id":
		it.ActID, err = id()
	case "person_id":
		it.PersonID, err = id()
	case "collected_by":
		it.CollectedBy = v
	case "source_url":
		it.SourceURL = v
	case "note":
		it.Note, *note = v, v
	case "collected_at":
		if v != "" {
			t, perr := time.Parse("2006-01-02", v)
			if perr != nil {
				return rastro.Errorf(rastro.EINVALID, "collected_at %q: want YYYY-MM-DD", v)
			}
			it.CollectedAt = &t
		}
	case "labels":
		ls, perr := rastro.ParseLabels([]string{v})
		if perr != nil {
			return perr
		}
		it.Labels = append(it.Labels, ls...)
	default:
		return rastro.Errorf(rastro.EINVALID, "unknown upload field %q", name)
	}
	return err
}

// evidenceFile sends the original bytes; the locker records the view in
// the custody log. A GET that writes the log is refused when it comes from
// another site: a link or image there carries the Lax session cookie and
// would record a view in the user's name. Browsers say where a request
// comes from (Sec-Fetch-Site); clients that do not (API tokens, curl) are
// not browsers a page can drive.
func evidenceFile(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return nil, rastro.Errorf(rastro.EFORBIDDEN, "evidence files open only from Rastro's own pages: the request came from another site, so it was refused and no view was recorded")
	}
	l, err := s.locker()
	if err != nil {
		return nil, err
	}
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	item, rc, err := l.Open(r.Context(), id, actorName(r), "opened in the web app")
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	defer l.RecordHead(r.Context())
	w.Header().Set("Content-Type", item.MediaType)
	w.Header().Set("Content-Length", strconv.FormatInt(item.Size, 10))
	// Pictures, video and audio may be shown in the viewer (?inline=1);
	// anything else is downloaded, never rendered by the browser.
	disp := "attachment"
	if r.URL.Query().Get("inline") == "1" && viewable(item.MediaType) {
		disp = "inline"
	}
	w.Header().Set("Content-Disposition", mime.FormatMediaType(disp, map[string]string{"filename": item.OriginalName}))
	w.Header().Set("Cache-Control", "no-store")
	io.Copy(w, rc)
	return nil, nil
}

// viewable reports whether the viewer shows a media type in the page.
func viewable(mediaType string) bool {
	for _, p := range []string{"image/jpeg", "image/png", "image/gif", "image/webp", "video/", "audio/"} {
		if strings.HasPrefix(mediaType, p) {
			return true
		}
	}
	return false
}

// Graphic reports whether the item is labelled as showing graphic violence,
// which the page blurs until asked.
func (v evidenceView) Graphic() bool {
	return v.Item != nil && v.Item.HasLabel(rastro.LabelGraphicViolence)
}

// Where gives the capture's coordinates ("-15.49970, -70.13360 · 3825 m"),
// or "" when the file does not say.
func (v evidenceView) Where() string {
	m := v.Item.Metadata
	if m.Latitude == nil || m.Longitude == nil {
		return ""
	}
	s := strconv.FormatFloat(*m.Latitude, 'f', 5, 64) + ", " + strconv.FormatFloat(*m.Longitude, 'f', 5, 64)
	if m.Altitude != nil {
		s += " · " + strconv.FormatFloat(*m.Altitude, 'f', 0, 64) + " m"
	}
	return s
}

// Labels lists the sensitivity labels, for the upload form.
func (evidenceNewView) Labels() []rastro.Label { return rastro.Labels }

// evidenceNewView is the upload form's data.
type evidenceNewView struct {
	IncidentID string
	Incidents  []pick // the picker's choices
}

// Kind is how the viewer shows the item: image, video, audio or "" (no
// preview).
func (v evidenceView) Kind() string {
	if v.Item == nil || !viewable(v.Item.MediaType) {
		return ""
	}
	kind, _, _ := strings.Cut(v.Item.MediaType, "/")
	return kind
}
