package web

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/custody"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/export"
	"github.com/rastro-project/rastro/transfer"
)

// keyView is the installation's public key, which checks the custody log
// and evidence bundles, as rastro key prints it.
type keyView struct {
	PEM         string `json:"public_key_pem"`
	Fingerprint string `json:"fingerprint"`
}

func transferPage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	k, _ := publicKey(s, w, r) // a server without a locker has no key to show
	return struct{ Key any }{k}, nil
}

func publicKey(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	l, err := s.locker()
	if err != nil {
		return nil, err
	}
	return keyView{PEM: string(custody.PublicKeyPEM(l.PublicKey)), Fingerprint: custody.Fingerprint(l.PublicKey)}, nil
}

// exportFormats are the downloads, with their media types.
var exportFormats = map[string]string{
	"bundle.json":       "application/json",
	"acled.csv":         "text/csv; charset=utf-8",
	"incidents.geojson": "application/geo+json",
	"incidents.kml":     "application/vnd.google-earth.kml+xml",
	"acts.csv":          "text/csv; charset=utf-8",
	"acts.xlsx":         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

// reportFormats name the downloads that package export writes by its
// formats (rastro report export --format).
var reportFormats = map[string]string{
	"incidents.geojson": "geojson", "incidents.kml": "kml", "acts.csv": "acts-csv", "acts.xlsx": "acts-xlsx",
}

// exportRecords writes the records the actor may read: the store redacts
// protected fields for actors without read_protected.
func exportRecords(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	format := r.PathValue("format")
	ctype, ok := exportFormats[format]
	if !ok {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "no export format %q: bundle.json, acled.csv, incidents.geojson, incidents.kml, acts.csv or acts.xlsx", format)
	}
	var buf bytes.Buffer
	if rf := reportFormats[format]; strings.HasPrefix(rf, "acts-") {
		// Acts with their assessment: the analysed records, which name
		// protected people by record number only.
		in, err := s.analysed(r.Context(), report.Filter{})
		if err != nil {
			return nil, err
		}
		if _, err := export.Write(&buf, rf, in); err != nil {
			return nil, err
		}
		return download(w, format, ctype, buf.Bytes())
	}
	b, err := s.cfg.DB.Export(r.Context())
	if err != nil {
		return nil, err
	}
	switch format {
	case "bundle.json":
		err = transfer.WriteBundle(&buf, b)
	case "acled.csv":
		err = transfer.WriteACLED(&buf, b)
	default:
		_, err = export.Write(&buf, reportFormats[format], &report.Input{Data: b, Departments: s.cfg.Departments})
	}
	if err != nil {
		return nil, err
	}
	return download(w, format, ctype, buf.Bytes())
}

// download answers with an attachment named after the format.
func download(w http.ResponseWriter, format, ctype string, body []byte) (any, error) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": "rastro-" + format}))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(body)
	return nil, nil
}

// maxImport bounds an imported bundle.
const maxImport = 512 << 20

// importBundle loads a JSON bundle (the body, or the form's "bundle" file)
// into an empty database. Whether the database can take it is checked
// before a byte of the body is read, and the bundle is read as a stream
// (a multipart upload too, part by part, never parsed into a form first).
func importBundle(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	empty, err := s.cfg.DB.Empty(r.Context())
	if err != nil {
		return nil, err
	}
	if !empty {
		return nil, rastro.Errorf(rastro.ECONFLICT, "the database already holds records: import into an empty one")
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxImport)
	var in io.Reader = r.Body
	name := "the request body"
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		if in, err = filePart(r, "bundle", "choose a bundle file"); err != nil {
			return nil, err
		}
		name = "the uploaded bundle"
	}
	sum, err := transfer.ImportBundle(r.Context(), s.cfg.DB, in, name)
	if err != nil {
		return nil, err
	}
	if last := sum.LastCustody; last != nil && s.cfg.Locker != nil {
		// The database keeps a signed head of the imported log.
		if err := s.cfg.Locker.AdoptHead(r.Context(), custody.Head{Seq: last.Seq, Hash: last.Hash}); err != nil {
			return nil, err
		}
	}
	return seeOther{To: "/", Data: map[string]int{"incidents": sum.Counts["incidents"], "acts": sum.Counts["acts"], "persons": sum.Counts["persons"]}}, nil
}
