package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/rastro-project/rastro/assess"
)

// writeAssessmentJSON writes what writeJSON writes for the report, byte for
// byte, but one result at a time: encoding/json holds a whole value's text
// before writing it, hundreds of megabytes for 50,000 assessed acts.
func writeAssessmentJSON(w io.Writer, rep *assess.Report) error {
	if rep.Results == nil {
		return writeJSON(w, rep)
	}
	head := *rep
	head.Results = nil
	var hb bytes.Buffer
	if err := writeJSON(&hb, &head); err != nil {
		return err
	}
	before, after, ok := bytes.Cut(hb.Bytes(), []byte(`"results": null`))
	if !ok {
		return writeJSON(w, rep)
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.Write(before)
	bw.WriteString(`"results": [`)
	var eb bytes.Buffer
	enc := json.NewEncoder(&eb)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	for i := range rep.Results {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		eb.Reset()
		if err := enc.Encode(&rep.Results[i]); err != nil {
			return err
		}
		bw.Write(bytes.TrimSuffix(eb.Bytes(), []byte("\n")))
	}
	if len(rep.Results) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteByte(']')
	bw.Write(after)
	return bw.Flush()
}
