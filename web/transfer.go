package web

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

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
	"csv.zip":           "application/zip",
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
		return nil, rastro.Errorf(rastro.ENOTFOUND, "no export format %q: bundle.json, csv.zip, acled.csv, incidents.geojson, incidents.kml, acts.csv or acts.xlsx", format)
	}
	var buf bytes.Buffer
	if rf := reportFormats[format]; strings.HasPrefix(rf, "acts-") {
		// Acts with their assessment: the analysed records, which name
		// protected people by record number only.
		in, err := s.analysed(r.Context(), report.Filter{})
		if err != nil {
			return nil, err
		}
		if _, err := export.Write(r.Context(), &buf, rf, in, s.cfg.Spreadsheet); err != nil {
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
	case "csv.zip":
		err = transfer.WriteCSVZip(&buf, b, time.Now().UTC())
	default:
		_, err = export.Write(r.Context(), &buf, reportFormats[format], &report.Input{Data: b, Departments: s.cfg.Departments}, nil)
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

// maxImport bounds an imported file.
const maxImport = 512 << 20

// importRecords loads what rastro import loads (the body, or the form's
// "bundle" file): a JSON bundle into an empty database, read as a stream;
// or an ACLED CSV into any (encoding: utf-8 or windows-1252, from the query
// or a form field before the file; default detected). Either is checked
// whole in one transaction: on any error, which names the line (and the
// column) at fault, nothing is imported. A JSON body sent to a database
// that holds records is refused before a byte of it is read. The answer
// counts the records imported by type, with the warnings of the ACLED
// reader (a detected encoding).
func importRecords(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	empty, err := s.cfg.DB.Empty(ctx)
	if err != nil {
		return nil, err
	}
	refuse := func() error {
		return rastro.Errorf(rastro.ECONFLICT, "the database already holds records: a bundle imports into an empty one only (an ACLED CSV into any)")
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "application/json" && !empty {
		return nil, refuse()
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxImport)
	var in io.Reader = r.Body
	name := "the request body"
	encoding := r.URL.Query().Get("encoding")
	if mt == "multipart/form-data" {
		if in, err = filePart(r, "bundle", "choose a file to import", map[string]*string{"encoding": &encoding}); err != nil {
			return nil, err
		}
		name = "the uploaded file"
	}
	var warnings []string
	opt := transfer.ACLEDOptions{Encoding: encoding, Warn: func(w string) { warnings = append(warnings, w) }}
	b, bundle, err := transfer.Detect(in, name, opt)
	if err != nil {
		return nil, err
	}
	if b != nil {
		if err := transfer.AddACLED(ctx, s.cfg.DB, b, name); err != nil {
			return nil, err
		}
		n := map[string]any{"sources": len(b.Sources), "places": len(b.Places), "persons": len(b.Persons),
			"units": len(b.Units), "incidents": len(b.Incidents), "acts": len(b.Acts)}
		if len(warnings) > 0 {
			n["warnings"] = warnings
		}
		return seeOther{To: "/incidents", Data: n}, nil
	}
	if !empty {
		return nil, refuse()
	}
	sum, err := transfer.ImportBundle(ctx, s.cfg.DB, bundle, name)
	if err != nil {
		return nil, err
	}
	if last := sum.LastCustody; last != nil && s.cfg.Locker != nil {
		// The database keeps a signed head of the imported log.
		if err := s.cfg.Locker.AdoptHead(ctx, custody.Head{Seq: last.Seq, Hash: last.Hash}); err != nil {
			return nil, err
		}
	}
	return seeOther{To: "/", Data: sum.Counts}, nil
}
