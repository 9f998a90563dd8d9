// Package xlsx writes the acts table as an Excel workbook, for
// investigators who filter and count in a spreadsheet.
//
// It writes the few parts of Office Open XML (ECMA-376) such a workbook
// needs itself, with archive/zip, instead of linking a spreadsheet
// library: the one it used built about 1.3 MB of locale tables when any
// rastro command started.
package xlsx

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro/internal/sheet"
	"github.com/rastro-project/rastro/report"
)

// Sheet is the name of the acts sheet.
const Sheet = "Acts"

// numeric are the columns written as numbers, so they sort and sum.
var numeric = map[string]bool{"act_id": true, "incident_id": true, "victim_id": true, "wound_count": true}

const syntheticNote = "SYNTHETIC DATA: every record here is invented for demonstration and describes no real events."

// Acts writes the acts table (report.ActColumns, one row per act) as a
// workbook with a frozen, bold header row; text cells go through package
// sheet, as in the CSV export, so a copy saved as CSV runs no formula.
// Synthetic data gets a second sheet saying so.
func Acts(w io.Writer, rows [][]string, meta map[string]string) error {
	for i, r := range rows {
		if len(r) != len(report.ActColumns) {
			return fmt.Errorf("xlsx: row %d has %d cells, want %d", i+1, len(r), len(report.ActColumns))
		}
	}
	sheets := []string{Sheet}
	if meta["synthetic"] == "true" {
		sheets = append(sheets, "About")
	}
	z := zip.NewWriter(w)
	for _, p := range []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes(len(sheets))},
		{"_rels/.rels", xml.Header + `<Relationships xmlns="` + relsNS + `"><Relationship Id="rId1" Type="` + docRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", workbook(sheets)},
		{"xl/_rels/workbook.xml.rels", workbookRels(len(sheets))},
		{"xl/styles.xml", styles},
	} {
		if err := writePart(z, p.name, func(b *bufio.Writer) { b.WriteString(p.body) }); err != nil {
			return err
		}
	}
	err := writePart(z, "xl/worksheets/sheet1.xml", func(b *bufio.Writer) {
		b.WriteString(xml.Header + `<worksheet xmlns="` + mainNS + `"><sheetViews><sheetView workbookViewId="0">` +
			`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`)
		writeRow(b, 1, report.ActColumns, 1, nil)
		for i, r := range rows {
			writeRow(b, i+2, r, 0, numeric)
		}
		b.WriteString(`</sheetData></worksheet>`)
	})
	if err != nil {
		return err
	}
	if len(sheets) > 1 {
		err := writePart(z, "xl/worksheets/sheet2.xml", func(b *bufio.Writer) {
			b.WriteString(xml.Header + `<worksheet xmlns="` + mainNS + `"><sheetData>`)
			writeRow(b, 1, []string{syntheticNote}, 0, nil)
			b.WriteString(`</sheetData></worksheet>`)
		})
		if err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

const (
	mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	relsNS = "http://schemas.openxmlformats.org/package/2006/relationships"
	docRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	sheetT = "application/vnd.openxmlformats-officedocument.spreadsheetml."
)

// styles holds two cell formats: 0 plain, 1 bold (the header).
const styles = xml.Header + `<styleSheet xmlns="` + mainNS + `">` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`

func contentTypes(n int) string {
	var b strings.Builder
	b.WriteString(xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="` + sheetT + `sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="` + sheetT + `styles+xml"/>`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="%sworksheet+xml"/>`, i, sheetT)
	}
	b.WriteString(`</Types>`)
	return b.String()
}

func workbook(names []string) string {
	var b strings.Builder
	b.WriteString(xml.Header + `<workbook xmlns="` + mainNS + `" xmlns:r="` + docRel + `"><sheets>`)
	for i, n := range names {
		b.WriteString(`<sheet name="`)
		xml.EscapeText(&b, []byte(n))
		fmt.Fprintf(&b, `" sheetId="%d" r:id="rId%d"/>`, i+1, i+1)
	}
	b.WriteString(`</sheets></workbook>`)
	return b.String()
}

// workbookRels: rId1… are the sheets, the next one the styles.
func workbookRels(n int) string {
	var b strings.Builder
	b.WriteString(xml.Header + `<Relationships xmlns="` + relsNS + `">`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i, docRel, i)
	}
	fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/></Relationships>`, n+1, docRel)
	return b.String()
}

func writePart(z *zip.Writer, name string, body func(b *bufio.Writer)) error {
	f, err := z.Create(name)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	b := bufio.NewWriter(f)
	body(b)
	if err := b.Flush(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// writeRow writes row r (from 1) in style s: cells of the columns numeric
// names that hold integers as numbers, other non-empty cells as inline
// strings through sheet.Cell. (EscapeText replaces characters XML cannot
// hold with U+FFFD.)
func writeRow(b *bufio.Writer, r int, cells []string, s int, numeric map[string]bool) {
	fmt.Fprintf(b, `<row r="%d">`, r)
	for j, v := range cells {
		if v == "" {
			continue
		}
		ref := column(j) + strconv.Itoa(r)
		if numeric[report.ActColumns[j]] {
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				fmt.Fprintf(b, `<c r="%s"><v>%d</v></c>`, ref, n)
				continue
			}
		}
		fmt.Fprintf(b, `<c r="%s" s="%d" t="inlineStr"><is><t xml:space="preserve">`, ref, s)
		xml.EscapeText(b, []byte(sheet.Cell(v)))
		b.WriteString(`</t></is></c>`)
	}
	b.WriteString(`</row>`)
}

// column is the letter name of column j (from 0): A…Z, AA…
func column(j int) string {
	name := ""
	for j++; j > 0; j = (j - 1) / 26 {
		name = string(rune('A'+(j-1)%26)) + name
	}
	return name
}
