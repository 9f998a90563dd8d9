package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/internal/shared"

	"github.com/rastro-project/rastro"
)

func runLinkMain(t *testing.T, args ...string) (string, error) {
	t.Helper()
	m := NewMain()
	var out, errb bytes.Buffer
	m.Stdout, m.Stderr = &out, &errb
	m.Config.DataDir = t.TempDir()
	err := m.Run(context.Background(), args)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return out.String() + errb.String(), err
}

func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// writeLists writes news.csv and ngo.csv to dir: two small lists in the
// shape Peruvian lists come in, the same victims with other spellings, one
// surname left out, partial dates, a province instead of a district.
// moreNews is added to news.csv.
func writeLists(t *testing.T, dir, moreNews string) {
	t.Helper()
	news := "id,nombres,apellidos,nacimiento,edad,ubigeo\n" +
		"n1,Edgar,Huamán Quispe,1990-03-25,32,211101\n" +
		"n2,Rosa María,Mamani Condori,1985,,211101\n" +
		"n3,Juan,Vásquez Ccori,2001-07-02,21,050101\n" +
		"n4,Luis,Apaza Choque,1978-01-01,45,211101\n" + moreNews
	ngo := "id,nombres,apellidos,nacimiento,edad,ubigeo\n" +
		"g1,Edgar,Guaman Kispe,25/03/1990,33,211100\n" +
		"g2,Rosa Maria,Mamani,1985-06-10,37,Juliaca\n" +
		"g3,Juan,Basques Qori,2001-07-02,21,Ayacucho\n" +
		"g4,Pedro,Flores Torres,1960-11-30,62,150101\n"
	for name, body := range map[string]string{"news.csv": news, "ngo.csv": ngo} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The lists of writeLists linked: the same victims found across them.
func TestLinkCSVEndToEnd(t *testing.T) {
	dir := t.TempDir()
	writeLists(t, dir, "")
	out := filepath.Join(dir, "out")
	msg, err := runLinkMain(t, "link", "--csv", filepath.Join(dir, "news.csv"), "--csv", filepath.Join(dir, "ngo.csv"),
		"--map", "id=id,given=nombres,surname=apellidos,birth=nacimiento,age=edad,place=ubigeo",
		"--block", "surname_key", "--block", "given_key", "-o", out)
	if err != nil {
		t.Fatalf("link: %v\n%s", err, msg)
	}
	if strings.Contains(msg, "Huam") || strings.Contains(msg, "Rosa") {
		t.Errorf("output shows personal data:\n%s", msg)
	}
	person := map[string]string{}
	for _, row := range readCSVFile(t, filepath.Join(out, "clusters.csv"))[1:] {
		person[row[1]+":"+row[2]] = row[0]
	}
	for _, p := range [][2]string{{"news:n1", "ngo:g1"}, {"news:n2", "ngo:g2"}, {"news:n3", "ngo:g3"}} {
		if person[p[0]] == "" || person[p[0]] != person[p[1]] {
			t.Errorf("%s and %s not linked (persons %q, %q)\n%s", p[0], p[1], person[p[0]], person[p[1]], msg)
		}
	}
	if person["news:n4"] == person["ngo:g4"] {
		t.Errorf("news:n4 and ngo:g4 linked")
	}
	hist := readCSVFile(t, filepath.Join(out, "histories.csv"))
	want := [][]string{{"news", "ngo", "count"}, {"1", "1", "3"}, {"1", "0", "1"}, {"0", "1", "1"}}
	if len(hist) != len(want) {
		t.Fatalf("histories %v, want %v", hist, want)
	}
	for i := range want {
		if strings.Join(hist[i], ",") != strings.Join(want[i], ",") {
			t.Errorf("histories row %d: %v, want %v", i, hist[i], want[i])
		}
	}
	// rastro estimate reads the capture histories as they are.
	est, err := runLinkMain(t, "estimate", "--csv", filepath.Join(out, "histories.csv"))
	if err != nil || !strings.Contains(est, "Observed: 5 people on 2 lists (news, ngo)") {
		t.Errorf("estimate on histories.csv: %v\n%s", err, est)
	}
	byPerson, err := runLinkMain(t, "estimate", "--persons", filepath.Join(out, "clusters.csv"))
	if err != nil || !strings.Contains(byPerson, "Observed: 5 people on 2 lists (news, ngo)") {
		t.Errorf("estimate on clusters.csv: %v\n%s", err, byPerson)
	}
	merges := readCSVFile(t, filepath.Join(out, "merges.csv"))
	if len(merges) != 4 {
		t.Errorf("merges.csv has %d rows, want a header and 3 merges", len(merges))
	}
	// The place name Juliaca resolves to its UBIGEO code, 211101.
	pairs := readCSVFile(t, filepath.Join(out, "pairs.csv"))
	col := map[string]int{}
	for i, h := range pairs[0] {
		col[h] = i
	}
	found := false
	for _, row := range pairs[1:] {
		if row[col["id_a"]] == "n2" && row[col["id_b"]] == "g2" {
			found = true
			if row[col["level_place"]] != "exact" {
				t.Errorf("n2–g2 place level %s, want exact (Juliaca = 211101)", row[col["level_place"]])
			}
		}
	}
	if !found {
		t.Error("pair n2–g2 not in pairs.csv")
	}
	// A reviewer says n1 and g1 are different persons: a second run with
	// the decisions keeps them apart.
	decisions := filepath.Join(dir, "decisions.csv")
	os.WriteFile(decisions, []byte("list_a,id_a,list_b,id_b,decision\nnews,n1,ngo,g1,distinct\nnews,n4,ngo,g4,\n"), 0o644)
	again := filepath.Join(dir, "again")
	if msg, err := runLinkMain(t, "link", "--csv", filepath.Join(dir, "news.csv"), "--csv", filepath.Join(dir, "ngo.csv"),
		"--map", "id=id,given=nombres,surname=apellidos,birth=nacimiento,age=edad,place=ubigeo",
		"--block", "surname_key", "--block", "given_key", "--decisions", decisions, "-o", again); err != nil {
		t.Fatalf("link --decisions: %v\n%s", err, msg)
	}
	person2 := map[string]string{}
	for _, row := range readCSVFile(t, filepath.Join(again, "clusters.csv"))[1:] {
		person2[row[1]+":"+row[2]] = row[0]
	}
	if person2["news:n1"] == person2["ngo:g1"] || person2["news:n2"] != person2["ngo:g2"] {
		t.Errorf("with decisions: %v", person2)
	}
	os.WriteFile(decisions, []byte("list_a,id_a,list_b,id_b,decision\nnews,n9,ngo,g1,same\n"), 0o644)
	if _, err := runLinkMain(t, "link", "--csv", filepath.Join(dir, "news.csv"), "--map", "id=id,given=nombres,surname=apellidos",
		"--decisions", decisions, "-o", again); rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), "line 2") {
		t.Errorf("decision on an unknown record: %v", err)
	}
	for _, f := range []string{"pairs.csv", "review.csv"} {
		if rows := readCSVFile(t, filepath.Join(out, f)); len(rows) < 1 || rows[0][0] != "list_a" {
			t.Errorf("%s: %v", f, rows)
		}
	}
}

func TestLinkCSVErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.csv")
	os.WriteFile(good, []byte("nombres,apellidos\nana,quispe\n"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"link", "--map", "given=nombres", "-o", dir}, "--csv"},
		{[]string{"link", "--csv", good, "-o", dir}, "--map"},
		{[]string{"link", "--csv", good, "--map", "given=nombres"}, "-o"},
		{[]string{"link", "--csv", good, "--map", "given=nombre", "-o", dir}, `no column "nombre"`},
		{[]string{"link", "--csv", good, "--map", "given=nombres", "--block", "extra.x", "-o", dir}, "not mapped"},
		{[]string{"link", "--csv", filepath.Join(dir, "missing.csv"), "--map", "given=nombres", "-o", dir}, "cannot open"},
	} {
		_, err := runLinkMain(t, c.args...)
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), c.want) {
			t.Errorf("%v: %v, want an error mentioning %q", c.args, err, c.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "pairs.csv")); err == nil {
		t.Error("a failed run wrote output")
	}
}

// FEBRL4 through the command: the figures of the report come from here.
func TestLinkCSVFebrl4(t *testing.T) {
	febrl := shared.Path(t, "data", "febrl")
	out := t.TempDir()
	msg, err := runLinkMain(t, "link", "--csv", filepath.Join(febrl, "dataset4a.csv"), "--csv", filepath.Join(febrl, "dataset4b.csv"), "--link-only",
		"--map", "id=rec_id,given=given_name,surname=surname,birth=date_of_birth,place=suburb,extra.street_number=street_number,"+
			"extra.address_1=address_1,extra.address_2=address_2,extra.postcode=postcode,extra.state=state,extra.ssn=soc_sec_id",
		"--block", "given_key", "--block", "surname_key", "--block", "birth", "--block", "extra.ssn", "--block", "extra.postcode+extra.street_number",
		"-o", out)
	if err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	tp, fp := 0, 0
	for _, row := range readCSVFile(t, filepath.Join(out, "pairs.csv"))[1:] {
		if row[len(row)-2] != "match" {
			continue
		}
		if strings.TrimSuffix(strings.TrimPrefix(row[1], "rec-"), "-org") == strings.TrimSuffix(strings.TrimPrefix(row[3], "rec-"), "-dup-0") {
			tp++
		} else {
			fp++
		}
	}
	t.Logf("%s\nmatched pairs: %d true, %d false", msg, tp, fp)
	if p, r := float64(tp)/float64(tp+fp), float64(tp)/5000; p < 0.99 || r < 0.99 {
		t.Errorf("precision %.4f, recall %.4f", p, r)
	}
}

// The database mode: victims' person records from several sources are
// linked, merges stored and undoable, histories written for estimate.
func TestLinkDatabase(t *testing.T) {
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		ctx := context.Background()
		db := e.migratedStore(ctx)
		var src []int64
		for _, title := range []string{"news", "ngo list", "ombudsman"} {
			s := &rastro.Source{Kind: rastro.SourceOther, Title: title}
			if err := db.Sources().Create(ctx, s); err != nil {
				t.Fatal(err)
			}
			src = append(src, s.ID)
		}
		place := &rastro.Place{Name: "Juliaca", Ubigeo: "211101"}
		if err := db.Places().Create(ctx, place); err != nil {
			t.Fatal(err)
		}
		inc := &rastro.Incident{Title: "Juliaca", When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}
		if err := db.Incidents().Create(ctx, inc); err != nil {
			t.Fatal(err)
		}
		victims := []struct {
			name   string
			age    int
			sex    rastro.Sex
			source int
		}{
			{"Edgar Huamán Quispe", 22, rastro.SexMale, 0}, {"Edgar Guaman Kispe", 22, rastro.SexMale, 1},
			{"Rosa Mamani Condori", 30, rastro.SexFemale, 0}, {"Rosa Mamani Condori", 30, rastro.SexFemale, 2},
			{"Luis Apaza Choque", 45, rastro.SexMale, 1}, {"Pedro Flores Torres", 60, rastro.SexMale, 2},
			{"Juana Ccori Yupanqui", 19, rastro.SexFemale, 0}, {"Juana Qori Yupanki", 19, rastro.SexFemale, 2},
		}
		var ids []int64
		for _, v := range victims {
			age := v.age
			p := &rastro.Person{Name: v.name, Age: &age, Sex: v.sex, HomePlaceID: place.ID,
				Assertion: rastro.Assertion{Citations: []rastro.Citation{{SourceID: src[v.source]}}}}
			if err := db.Persons().Create(ctx, p); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, p.ID)
			if err := db.Acts().Create(ctx, &rastro.Act{IncidentID: inc.ID, VictimID: p.ID, Type: rastro.ActKilled}); err != nil {
				t.Fatal(err)
			}
		}
		out := e.ok("link", "-o", filepath.Join(e.dataDir, "out"))
		if !strings.Contains(out, "person records 8") || !strings.Contains(out, "new merges 3") || !strings.Contains(out, "ages taken at 2023") {
			t.Fatalf("link:\n%s", out)
		}
		hist := readCSVFile(t, filepath.Join(e.dataDir, "out", "histories.csv"))
		got := map[string]string{}
		for _, row := range hist[1:] {
			got[strings.Join(row[:3], "")] = row[3]
		}
		// Sources news, ngo, ombudsman: Edgar on news+ngo, Rosa and Juana
		// on news+ombudsman, Luis on ngo, Pedro on ombudsman.
		if len(hist[0]) != 4 || got["110"] != "1" || got["101"] != "2" || got["010"] != "1" || got["001"] != "1" {
			t.Fatalf("histories %v", hist)
		}
		// Running again adds nothing.
		if out := e.ok("link"); !strings.Contains(out, "new merges 0") {
			t.Fatalf("second run:\n%s", out)
		}
		merges, err := db.PersonMerges(ctx, true)
		if err != nil || len(merges) != 3 {
			t.Fatalf("merges %v %v", merges, err)
		}
		e.ok("link", "undo", strconv.FormatInt(merges[0].ID, 10), "--by", "tester")
		e.fails(rastro.ECONFLICT, []string{"already undone"}, "link", "undo", strconv.FormatInt(merges[0].ID, 10))
		if out := e.ok("link"); !strings.Contains(out, "new merges 0") {
			t.Fatalf("an undone merge came back:\n%s", out)
		}
		listing := e.ok("link", "merges")
		if !strings.Contains(listing, "by tester") {
			t.Fatalf("merges:\n%s", listing)
		}
		file := filepath.Join(e.dataDir, "h.csv")
		e.ok("link", "histories", "-o", file)
		if rows := readCSVFile(t, file); len(rows) != 5 {
			t.Fatalf("histories after undo: %v", rows)
		}
		e.ok("link", "merge", strconv.FormatInt(ids[4], 10), strconv.FormatInt(ids[5], 10), "--note", "test")
		e.fails(rastro.ECONFLICT, []string{"already merged"}, "link", "merge", strconv.FormatInt(ids[5], 10), strconv.FormatInt(ids[4], 10))
		e.fails(rastro.EINVALID, []string{"--map and --decisions are for --csv"}, "link", "--map", "given=x")
		if out := e.ok("link", "review"); out == "" {
			t.Fatal("review printed nothing")
		}
	})
}

// --one-per-list: the news list names Edgar Huamán Quispe twice (n1, n5),
// and the NGO list once (g1). Without the option the three are one
// person; with it news names a person once, so n1 and n5 are two persons
// however alike, only one of them is g1, and the refused merge is queued.
func TestLinkCSVOnePerList(t *testing.T) {
	dir := t.TempDir()
	writeLists(t, dir, "n5,Edgar,Huaman Quispe,1990-03-25,32,211101\n")
	persons := func(extra ...string) (map[string]string, string) {
		out := filepath.Join(dir, "out"+strconv.Itoa(len(extra)))
		args := append([]string{"link", "--csv", filepath.Join(dir, "news.csv"), "--csv", filepath.Join(dir, "ngo.csv"),
			"--map", "id=id,given=nombres,surname=apellidos,birth=nacimiento,age=edad,place=ubigeo",
			"--block", "surname_key", "--block", "given_key", "-o", out}, extra...)
		msg, err := runLinkMain(t, args...)
		if err != nil {
			t.Fatalf("link %v: %v\n%s", extra, err, msg)
		}
		person := map[string]string{}
		for _, row := range readCSVFile(t, filepath.Join(out, "clusters.csv"))[1:] {
			person[row[1]+":"+row[2]] = row[0]
		}
		return person, out
	}
	before, _ := persons()
	if before["news:n1"] != before["news:n5"] || before["news:n1"] != before["ngo:g1"] {
		t.Errorf("without --one-per-list n1, n5 and g1 should be one person: %v", before)
	}
	after, out := persons("--one-per-list")
	if after["news:n1"] == after["news:n5"] {
		t.Errorf("with --one-per-list n1 and n5, of one list, are one person: %v", after)
	}
	if after["ngo:g1"] != after["news:n1"] && after["ngo:g1"] != after["news:n5"] {
		t.Errorf("g1 joined neither n1 nor n5: %v", after)
	}
	for _, p := range [][2]string{{"news:n2", "ngo:g2"}, {"news:n3", "ngo:g3"}} {
		if after[p[0]] != after[p[1]] {
			t.Errorf("%s and %s not linked with --one-per-list: %v", p[0], p[1], after)
		}
	}
	var refused, within int
	for _, row := range readCSVFile(t, filepath.Join(out, "pairs.csv"))[1:] {
		if row[0] == row[2] {
			within++
		}
	}
	for _, row := range readCSVFile(t, filepath.Join(out, "review.csv"))[1:] {
		if strings.Contains(strings.Join(row, ","), "names a person once") {
			refused++
		}
	}
	if within != 0 || refused != 1 {
		t.Errorf("pairs within a list %d (want 0), merges refused for the list %d (want 1)", within, refused)
	}
}
