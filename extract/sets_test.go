package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// margin is how far below its quoted figure a set may fall before its
// test fails: room for one or two paragraphs' worth of change, no more.
const margin = 0.02

// tuningSets are the sets rules were written while looking at (all of
// them: the old ones were called blind, held-out or final but were changed
// or tuned on after their first score). quoted are the figures
// testdata/results.md quotes for each; the test fails below quoted-margin.
var tuningSets = []struct {
	name   string
	files  []string
	quoted map[string]float64
}{
	// actor P 0.993 → 0.944 in round 38 (speakers38): soldiers acting in a
	// story from Peru are the Ejército del Perú, as 65 paragraphs label
	// them (most hashed) against 23 that leave them out or name the
	// Fuerzas Armadas; this set is among the 23 (label disagreement).
	// round 39 (conv39): actor R 0.993 → 0.893: officers counted among the harmed
	// make their force an actor (settled 235 against 125, hashed 214 against 54);
	// d-en-12, en-17, es-14, f-en-01 and others gained the label, which the extractor does not give (label correction).
	// round 41 (conv41): weapon R 1.000 → 0.977: d-en-05's "18 of the people killed
	// … had gunshot wounds" gained `live ammunition` (README, settled in round
	// 41: a gunshot wound with no weapon word, 50 against 38), which the
	// extractor does not give; weapon P 0.932 → 0.955 from c-es-02's "herido de
	// bala", whose `live ammunition` the extractor gave and the label lacked.
	// round 41 (wound41): weapon P 0.955 -> 0.935: d-en-30 gains `live ammunition` from a
	// gunshot wound with no weapon word (README, settled in round 41: a gunshot wound gives
	// `live ammunition`); its label (unhashed) reads tear gas alone, the other weapon of
	// the paragraph; round 41's table counted only paragraphs with no weapon word at all,
	// so it is left for the lead.
	{"tuning-old", []string{"tuning-quality.txt", "tuning-heldout.txt", "tuning-heldout2.txt", "tuning-blind.txt", "tuning-blind2.txt", "tuning-final.txt"},
		map[string]float64{"count P": 0.990, "count R": 0.995, "date P": 0.982, "date R": 0.973, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "actor P": 0.944, "actor R": 0.893, "weapon P": 0.935, "weapon R": 1.000, "wound P": 0.963, "wound R": 1.000, "discharge P": 1.000, "discharge R": 1.000}},
	// tuning-2026-12's actor P 0.962 → 0.937 in round 37 (speakers37):
	// soldiers in a story from Chile are the Ejército de Chile, as 20
	// paragraphs label them; tr-25's "un vehículo militar" does not (12zzb's
	// rzzb-07 labels "un camión militar" so).
	// round 39 (conv39): actor R 0.922 → 0.845: officers counted among the harmed
	// make their force an actor (settled 235 against 125, hashed 214 against 54);
	// tm-19, tw-21, tw-31 and others gained the label, which the extractor does not give (label correction).
	// round 41 (conv41): weapon R 1.000 → 0.946: tn-27 and tw-30 ("gunshot wounds"
	// with no weapon word) gained `live ammunition` (README, settled in round 41:
	// 50 against 38), which the extractor does not give (label correction).
	{"tuning-2026-12", []string{"tuning-2026-12-mt.txt", "tuning-2026-12-ngo.txt", "tuning-2026-12-regional.txt", "tuning-2026-12-wire.txt"}, map[string]float64{"count P": 0.983, "count R": 0.948, "count.place": 0.996, "count.date": 0.971, "count.q": 1.000, "count.of": 0.992, "date P": 1.000, "date R": 0.989, "place P": 0.995, "place R": 0.995, "quotation P": 0.900, "quotation R": 0.947, "quotation.text": 1.000, "actor P": 0.938, "actor R": 0.845, "actor.type": 1.000, "weapon P": 0.972, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000, "discharge P": 0.500, "discharge R": 1.000}},
}

// TestTuningSets scores every tuning set; `go test -run TestTuningSets -v
// ./extract` prints each table and every miss.
func TestTuningSets(t *testing.T) {
	for _, set := range tuningSets {
		t.Run(set.name, func(t *testing.T) {
			files := set.files
			if files == nil {
				files, _ = filepath.Glob("testdata/" + set.name + "-*.txt")
				for i := range files {
					files[i] = filepath.Base(files[i])
				}
			}
			if len(files) == 0 {
				t.Fatalf("no files for %s", set.name)
			}
			var paths []string
			for _, f := range files {
				paths = append(paths, "testdata/"+f)
			}
			cases := readSets(t, paths...)
			sc := measure(t, cases, testing.Verbose())
			t.Logf("%s, %d paragraphs:\n%s", set.name, len(cases), sc.table())
			t.Logf("FIGURES %s %s", set.name, metricLine(sc))
			checkFloors(t, sc, set.quoted)
		})
	}
}

func checkFloors(t *testing.T, sc scores, quoted map[string]float64) {
	names := make([]string, 0, len(quoted))
	for k := range quoted {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if got := sc.metric(k); got < quoted[k]-margin {
			t.Errorf("%s: %.3f, below the quoted %.3f less the margin %.2f", k, got, quoted[k], margin)
		}
	}
}

// blindSets are the blind sets, oldest first. Each is scored once: the
// first run with RASTRO_FIRST_SCORE=<set> appends its figures and the
// commit to testdata/first-scores.md; later runs check that the files
// still have the hashes committed before anyone scored them and that the
// figures have not fallen below the first score less the margin.
type blindSet struct {
	dir  string // under testdata
	test string // the test that scores it
	min  int    // fewest paragraphs the set was written with
}

var blindSets = []blindSet{
	// blind-2026-12 was tuned on after its first score: it is
	// testdata/tuning-2026-12-exblind now (TestExBlind, sets_tuned_test.go).
	// blind-2026-12b likewise: testdata/tuning-2026-12b-exblind (TestExBlindB).
	// blind-2026-12c likewise: testdata/tuning-2026-12c-exblind (TestExBlindC).
	// blind-2026-12d likewise: testdata/tuning-2026-12d-exblind (TestExBlindD).
	// blind-2026-12e likewise: testdata/tuning-2026-12e-exblind (TestExBlindE).
	// blind-2026-12f likewise: testdata/tuning-2026-12f-exblind (TestExBlindF).
	// blind-2026-12g likewise: testdata/tuning-2026-12g-exblind (TestExBlindG).
	// blind-2026-12h likewise: testdata/tuning-2026-12h-exblind (TestExBlindH).
	// blind-2026-12i likewise: testdata/tuning-2026-12i-exblind (TestExBlindI).
	// blind-2026-12j likewise: testdata/tuning-2026-12j-exblind (TestExBlindJ).
	// blind-2026-12k likewise: testdata/tuning-2026-12k-exblind (TestExBlindK).
	// blind-2026-12l likewise: testdata/tuning-2026-12l-exblind (TestExBlindL).
	// blind-2026-12m likewise: testdata/tuning-2026-12m-exblind (TestExBlindM).
	// blind-2026-12n likewise: testdata/tuning-2026-12n-exblind (TestExBlindN).
	// blind-2026-12o likewise: testdata/tuning-2026-12o-exblind (TestExBlindO).
	// blind-2026-12p likewise: testdata/tuning-2026-12p-exblind (TestExBlindP).
	// blind-2026-12q likewise: testdata/tuning-2026-12q-exblind (TestExBlindQ).
	// blind-2026-12r likewise: testdata/tuning-2026-12r-exblind (TestExBlindR).
	// blind-2026-12s likewise: testdata/tuning-2026-12s-exblind (TestExBlindS).
	// blind-2026-12t likewise: testdata/tuning-2026-12t-exblind (TestExBlindT).
	// blind-2026-12u likewise: testdata/tuning-2026-12u-exblind (TestExBlindU).
	// blind-2026-12v likewise: testdata/tuning-2026-12v-exblind (TestExBlindV).
	// blind-2026-12w likewise: testdata/tuning-2026-12w-exblind (TestExBlindW).
	// blind-2026-12x likewise: testdata/tuning-2026-12x-exblind (TestExBlindX).
	// blind-2026-12y likewise: testdata/tuning-2026-12y-exblind (TestExBlindY).
	// blind-2026-12z likewise: testdata/tuning-2026-12z-exblind (TestExBlindZ).
	// blind-2026-12za likewise: testdata/tuning-2026-12za-exblind (TestExBlindZa).
	// blind-2026-12zb likewise: testdata/tuning-2026-12zb-exblind (TestExBlindZb).
	// blind-2026-12zc likewise: testdata/tuning-2026-12zc-exblind (TestExBlindZc).
	// blind-2026-12zd likewise: testdata/tuning-2026-12zd-exblind (TestExBlindZd).
	// blind-2026-12ze likewise: testdata/tuning-2026-12ze-exblind (TestExBlindZe).
	// blind-2026-12zf likewise: testdata/tuning-2026-12zf-exblind (TestExBlindZf).
	// blind-2026-12zg likewise: testdata/tuning-2026-12zg-exblind (TestExBlindZg).
	// blind-2026-12zh likewise: testdata/tuning-2026-12zh-exblind (TestExBlindZh).
	// blind-2026-12zi likewise: testdata/tuning-2026-12zi-exblind (TestExBlindZi).
	// blind-2026-12zj likewise: testdata/tuning-2026-12zj-exblind (TestExBlindZj).
	// blind-2026-12zk likewise: testdata/tuning-2026-12zk-exblind (TestExBlindZk).
	// blind-2026-12zl likewise: testdata/tuning-2026-12zl-exblind (TestExBlindZl).
	// blind-2026-12zm likewise: testdata/tuning-2026-12zm-exblind (TestExBlindZm).
	// blind-2026-12zn likewise: testdata/tuning-2026-12zn-exblind (TestExBlindZn).
	// blind-2026-12zo likewise: testdata/tuning-2026-12zo-exblind (TestExBlindZo).
	// blind-2026-12zp likewise: testdata/tuning-2026-12zp-exblind (TestExBlindZp).
	// blind-2026-12zq likewise: testdata/tuning-2026-12zq-exblind (TestExBlindZq).
	// blind-2026-12zr likewise: testdata/tuning-2026-12zr-exblind (TestExBlindZr).
	// blind-2026-12zs likewise: testdata/tuning-2026-12zs-exblind (TestExBlindZs).
	// blind-2026-12zt likewise: testdata/tuning-2026-12zt-exblind (TestExBlindZt).
	// blind-2026-12zu likewise: testdata/tuning-2026-12zu-exblind (TestExBlindZu).
	// blind-2026-12zv likewise: testdata/tuning-2026-12zv-exblind (TestExBlindZv).
	// blind-2026-12zw likewise: testdata/tuning-2026-12zw-exblind (TestExBlindZw).
	// blind-2026-12zx likewise: testdata/tuning-2026-12zx-exblind (TestExBlindZx).
	// blind-2026-12zy likewise: testdata/tuning-2026-12zy-exblind (TestExBlindZy).
	// blind-2026-12zz likewise: testdata/tuning-2026-12zz-exblind (TestExBlindZz).
	// blind-2026-12zza likewise: testdata/tuning-2026-12zza-exblind (TestExBlindZza).
	// blind-2026-12zzb likewise: testdata/tuning-2026-12zzb-exblind (TestExBlindZzb).
	// blind-2026-12zzc likewise: testdata/tuning-2026-12zzc-exblind (TestExBlindZzc).
	// blind-2026-12zzd likewise: testdata/tuning-2026-12zzd-exblind (TestExBlindZzd).
	// blind-2026-12zze likewise: testdata/tuning-2026-12zze-exblind (TestExBlindZze).
	// blind-2026-12zzf likewise: testdata/tuning-2026-12zzf-exblind (TestExBlindZzf).
	// blind-2026-12zzg likewise: testdata/tuning-2026-12zzg-exblind (TestExBlindZzg).
	// blind-2026-12zzh likewise: testdata/tuning-2026-12zzh-exblind (TestExBlindZzh).
	// blind-2026-12zzi likewise: testdata/tuning-2026-12zzi-exblind (TestExBlindZzi).
	// blind-2026-12zzj likewise: testdata/tuning-2026-12zzj-exblind (TestExBlindZzj).
	// blind-2026-12zzk likewise: testdata/tuning-2026-12zzk-exblind (TestExBlindZzk).
	// blind-2026-12zzl likewise: testdata/tuning-2026-12zzl-exblind (TestExBlindZzl).
	// blind-2026-12zzm likewise: testdata/tuning-2026-12zzm-exblind (TestExBlindZzm).
	// blind-2026-12zzn likewise: testdata/tuning-2026-12zzn-exblind (TestExBlindZzn).
	// blind-2026-12zzo likewise: testdata/tuning-2026-12zzo-exblind (TestExBlindZzo).
	// blind-2026-12zzp likewise: testdata/tuning-2026-12zzp-exblind (TestExBlindZzp).
	// blind-2026-12zzq likewise: testdata/tuning-2026-12zzq-exblind (TestExBlindZzq).
	// blind-2026-12zzr likewise: testdata/tuning-2026-12zzr-exblind (TestExBlindZzr).
	// blind-2026-12zzs likewise: testdata/tuning-2026-12zzs-exblind (TestExBlindZzs).
	// blind-2026-12zzt likewise: testdata/tuning-2026-12zzt-exblind (TestExBlindZzt).
	// blind-2026-12zzu likewise: testdata/tuning-2026-12zzu-exblind (TestExBlindZzu).
	// blind-2026-12zzv likewise: testdata/tuning-2026-12zzv-exblind (TestExBlindZzv).
	// blind-2026-12zzw likewise: testdata/tuning-2026-12zzw-exblind (TestExBlindZzw).
	// blind-2026-12zzx likewise: testdata/tuning-2026-12zzx-exblind (TestExBlindZzx).
	// blind-2026-12zzy likewise: testdata/tuning-2026-12zzy-exblind (TestExBlindZzy).
	// blind-2026-12zzz likewise: testdata/tuning-2026-12zzz-exblind (TestExBlindZzz).
	// blind-2026-12zzza likewise: testdata/tuning-2026-12zzza-exblind (TestExBlindZzza).
	// blind-2026-12zzzb likewise: testdata/tuning-2026-12zzzb-exblind (TestExBlindZzzb).
	// blind-2026-12zzzc likewise: testdata/tuning-2026-12zzzc-exblind (TestExBlindZzzc).
	// blind-2026-12zzzd likewise: testdata/tuning-2026-12zzzd-exblind (TestExBlindZzzd).
	// blind-2026-12zzze likewise: testdata/tuning-2026-12zzze-exblind (TestExBlindZzze).
	// blind-2026-12zzzf likewise: testdata/tuning-2026-12zzzf-exblind (TestExBlindZzzf).
	// blind-2026-12zzzg likewise: testdata/tuning-2026-12zzzg-exblind (TestExBlindZzzg).
	// blind-2026-12zzzh likewise: testdata/tuning-2026-12zzzh-exblind (TestExBlindZzzh).
	// blind-2026-12zzzi likewise: testdata/tuning-2026-12zzzi-exblind (TestExBlindZzzi).
	// blind-2026-12zzzj likewise: testdata/tuning-2026-12zzzj-exblind (TestExBlindZzzj).
	// blind-2026-12zzzk likewise: testdata/tuning-2026-12zzzk-exblind (TestExBlindZzzk).
	// blind-2026-12zzzl likewise: testdata/tuning-2026-12zzzl-exblind (TestExBlindZzzl).
	// blind-2026-12zzzm likewise: testdata/tuning-2026-12zzzm-exblind (TestExBlindZzzm).
	// blind-2026-12zzzn likewise: testdata/tuning-2026-12zzzn-exblind (TestExBlindZzzn).
	// blind-2026-12zzzo likewise: testdata/tuning-2026-12zzzo-exblind (TestExBlindZzzo).
	// blind-2026-12zzzp likewise: testdata/tuning-2026-12zzzp-exblind (TestExBlindZzzp).
	// blind-2026-12zzzq likewise: testdata/tuning-2026-12zzzq-exblind (TestExBlindZzzq).
	// blind-2026-12zzzr likewise: testdata/tuning-2026-12zzzr-exblind (TestExBlindZzzr).
	// blind-2026-12zzzs likewise: testdata/tuning-2026-12zzzs-exblind (TestExBlindZzzs).
	// blind-2026-12zzzt likewise: testdata/tuning-2026-12zzzt-exblind (TestExBlindZzzt).
	// blind-2026-12zzzu likewise: testdata/tuning-2026-12zzzu-exblind (TestExBlindZzzu).
	// blind-2026-12zzzv likewise: testdata/tuning-2026-12zzzv-exblind (TestExBlindZzzv).
	// blind-2026-12zzzw likewise: testdata/tuning-2026-12zzzw-exblind (TestExBlindZzzw).
	// blind-2026-12zzzx likewise: testdata/tuning-2026-12zzzx-exblind (TestExBlindZzzx).
	// blind-2026-12zzzy likewise: testdata/tuning-2026-12zzzy-exblind (TestExBlindZzzy).
	// blind-2026-12zzzz likewise: testdata/tuning-2026-12zzzz-exblind (TestExBlindZzzz).
	// blind-2026-12zzzza likewise: testdata/tuning-2026-12zzzza-exblind (TestExBlindZzzza).
	// blind-2026-12zzzzb likewise: testdata/tuning-2026-12zzzzb-exblind (TestExBlindZzzzb).
	// blind-2026-12zzzzc likewise: testdata/tuning-2026-12zzzzc-exblind (TestExBlindZzzzc).
	// blind-2026-12zzzzd likewise: testdata/tuning-2026-12zzzzd-exblind (TestExBlindZzzzd).
	// blind-2026-12zzzze likewise: testdata/tuning-2026-12zzzze-exblind (TestExBlindZzzze).
	// blind-2026-12zzzzf likewise: testdata/tuning-2026-12zzzzf-exblind (TestExBlindZzzzf).
	// blind-2026-12zzzzg likewise: testdata/tuning-2026-12zzzzg-exblind (TestExBlindZzzzg).
	// blind-2026-12zzzzh likewise: testdata/tuning-2026-12zzzzh-exblind (TestExBlindZzzzh).
	// blind-2026-12zzzzi likewise: testdata/tuning-2026-12zzzzi-exblind (TestExBlindZzzzi).
	// blind-2026-12zzzzj likewise: testdata/tuning-2026-12zzzzj-exblind (TestExBlindZzzzj).
	// blind-2026-12zzzzk likewise: testdata/tuning-2026-12zzzzk-exblind (TestExBlindZzzzk).
	// blind-2026-12zzzzl likewise: testdata/tuning-2026-12zzzzl-exblind (TestExBlindZzzzl).
	// blind-2026-12zzzzm likewise: testdata/tuning-2026-12zzzzm-exblind (TestExBlindZzzzm).
	// blind-2026-12zzzzn likewise: testdata/tuning-2026-12zzzzn-exblind (TestExBlindZzzzn).
	// blind-2026-12zzzzo likewise: testdata/tuning-2026-12zzzzo-exblind (TestExBlindZzzzo).
	// blind-2026-12zzzzp likewise: testdata/tuning-2026-12zzzzp-exblind (TestExBlindZzzzp).
	{"blind-2026-12zzzzq", "TestBlind202612zzzzq", 61},
	{"blind-2026-12zzzzr", "TestBlind202612zzzzr", 61},
	{"blind-2026-12zzzzs", "TestBlind202612zzzzs", 61},
	{"blind-2026-12zzzzt", "TestBlind202612zzzzt", 61},
}

func TestBlind202612zzzzq(t *testing.T) { blindTest(t, "blind-2026-12zzzzq") }

func TestBlind202612zzzzr(t *testing.T) { blindTest(t, "blind-2026-12zzzzr") }

func TestBlind202612zzzzs(t *testing.T) { blindTest(t, "blind-2026-12zzzzs") }

func TestBlind202612zzzzt(t *testing.T) { blindTest(t, "blind-2026-12zzzzt") }

// TestBlindFormat parses every blind set without scoring it, so a
// malformed label or an edited file fails the ordinary test run even
// while the set waits for its first score.
func TestBlindFormat(t *testing.T) {
	for _, set := range blindSets {
		t.Run(set.dir, func(t *testing.T) {
			cases := readSets(t, checkHashes(t, "testdata/"+set.dir)...)
			if len(cases) < set.min {
				t.Fatalf("%d paragraphs; want at least %d", len(cases), set.min)
			}
			seen := map[string]bool{}
			for _, c := range cases {
				if seen[c.id] {
					t.Errorf("case %s appears twice", c.id)
				}
				seen[c.id] = true
				if strings.TrimSpace(c.text) == "" {
					t.Errorf("case %s has no text", c.id)
				}
			}
		})
	}
}

// blindTest scores the blind set in dir once, or checks it against its
// first score. Sets are found by name, not position: a set leaves the
// table when it is tuned on, and the others' tests must not shift.
func blindTest(t *testing.T, dir string) {
	i := slices.IndexFunc(blindSets, func(s blindSet) bool { return s.dir == dir })
	if i < 0 {
		t.Fatalf("%s is not in blindSets", dir)
	}
	set := blindSets[i]
	files := checkHashes(t, "testdata/"+set.dir)
	cases := readSets(t, files...)
	if len(cases) < set.min {
		t.Fatalf("%d blind paragraphs; want at least %d", len(cases), set.min)
	}
	name := set.dir
	record, err := os.ReadFile("testdata/first-scores.md")
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	first, scored := firstScore(string(record), name)
	if !scored {
		if os.Getenv("RASTRO_FIRST_SCORE") != name {
			t.Skipf("%s has not been scored yet; score it once, at the end of the round, with RASTRO_FIRST_SCORE=%s", name, name)
		}
		sc := measure(t, cases, false)
		commit, err := exec.Command("git", "rev-parse", "HEAD").Output()
		if err != nil {
			t.Fatalf("git rev-parse HEAD: %v", err)
		}
		entry := fmt.Sprintf("\n## %s\n\nFirst scored at commit %s, %d paragraphs (`RASTRO_FIRST_SCORE=%s go test -run %s ./extract`).\n\n%s\n<!-- metrics %s -->\n",
			name, strings.TrimSpace(string(commit)), len(cases), name, set.test, sc.table(), metricLine(sc))
		f, err := os.OpenFile("testdata/first-scores.md", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := f.WriteString(entry); err != nil {
			t.Fatal(err)
		}
		t.Logf("first score of %s recorded:\n%s", name, sc.table())
		return
	}
	sc := measure(t, cases, false) // misses stay unlogged: the set is not for tuning
	t.Logf("%s now (first score in first-scores.md):\n%s", name, sc.table())
	t.Logf("FIGURES %s %s", name, metricLine(sc))
	t.Logf("FIRST %s %s", name, firstLine(first))
	checkFloors(t, sc, first)
}

// checkHashes fails when a file of dir differs from the SHA-256 recorded
// beside it, and returns the files' paths.
func checkHashes(t *testing.T, dir string) []string {
	sums, err := os.ReadFile(filepath.Join(dir, "SHA256"))
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
		sum, file, ok := strings.Cut(line, "  ")
		if !ok {
			t.Fatalf("%s/SHA256: bad line %q", dir, line)
		}
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b)
		if hex.EncodeToString(h[:]) != sum {
			t.Fatalf("%s/%s changed after it was hashed: a blind set is never edited; write a new one", dir, file)
		}
		paths = append(paths, filepath.Join(dir, file))
	}
	return paths
}

// gated are the figures a first score records and later runs must keep.
var gated = []string{"count P", "count R", "count.place", "count.date", "count.q", "count.of", "date P", "date R",
	"place P", "place R", "quotation P", "quotation R", "quotation.text", "actor P", "actor R", "actor.type",
	"weapon P", "weapon R", "wound P", "wound R", "discharge P", "discharge R"}

// metricLine lists the gated figures a set has data for.
func metricLine(sc scores) string {
	var parts []string
	for _, k := range gated {
		kind, m, _ := strings.Cut(k, " ")
		s := sc.get(kind)
		if m == "" && s.fieldN == 0 || m != "" && s.tp+s.fp+s.fn == 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s=%.3f", k, sc.metric(k)))
	}
	return strings.Join(parts, ", ")
}

func firstLine(m map[string]float64) string {
	var parts []string
	for _, k := range gated {
		if v, ok := m[k]; ok {
			parts = append(parts, fmt.Sprintf("%s=%.3f", k, v))
		}
	}
	return strings.Join(parts, ", ")
}

// firstScore finds the recorded metrics of a set in first-scores.md.
func firstScore(record, name string) (map[string]float64, bool) {
	_, rest, ok := strings.Cut(record, "\n## "+name+"\n")
	if !ok {
		return nil, false
	}
	_, line, ok := strings.Cut(rest, "<!-- metrics ")
	if !ok {
		return nil, false
	}
	line, _, _ = strings.Cut(line, " -->")
	m := map[string]float64{}
	for _, p := range strings.Split(line, ", ") {
		k, v, _ := strings.Cut(p, "=")
		var f float64
		fmt.Sscan(v, &f)
		m[k] = f
	}
	return m, true
}

// pooledLast is how many of the latest blind first scores are pooled: one
// set of 61 paragraphs moves a figure by several points, five hold about
// 300 paragraphs, the size the issue asks of a blind part.
const pooledLast = 5

// TestPooledFirstScores sums the tallies of the last pooledLast first
// scores in testdata/first-scores.md (each taken once, on a set nobody had
// tuned on) into one figure, the steadiest measure of unseen wordings.
func TestPooledFirstScores(t *testing.T) {
	record, err := os.ReadFile("testdata/first-scores.md")
	if err != nil {
		t.Fatal(err)
	}
	rec, want := string(record), pooledLast
	if only := os.Getenv("RASTRO_POOLED_SETS"); only != "" {
		// e.g. RASTRO_POOLED_SETS=blind-2026-12y,blind-2026-12z: the sets
		// of one round, as the README's table by round pools them.
		rec, want = onlySections(rec, strings.Split(only, ",")), len(strings.Split(only, ","))
	}
	names, paras, sc := pooledFirstScores(rec, want)
	if len(names) < want {
		t.Fatalf("first-scores.md holds %d of the first scores asked for; want %d", len(names), want)
	}
	t.Logf("pooled first scores of %s, %d paragraphs:\n%s", strings.Join(names, ", "), paras, sc.table())
	t.Logf("POOLED %s (%d paragraphs)", strings.Join(names, " "), paras)
	t.Logf("FIRST pooled %s", metricLine(sc))
}

// onlySections keeps the sections of a first-scores record named in names.
func onlySections(record string, names []string) string {
	var b strings.Builder
	for _, sec := range strings.Split(record, "\n## ")[1:] {
		name, _, _ := strings.Cut(sec, "\n")
		if slices.Contains(names, strings.TrimSpace(name)) {
			b.WriteString("\n## " + sec)
		}
	}
	return b.String()
}

// pooledFirstScores adds up the tables of the last n sections of a
// first-scores record, returning their names and paragraphs.
func pooledFirstScores(record string, n int) ([]string, int, scores) {
	sections := strings.Split(record, "\n## ")[1:]
	if len(sections) > n {
		sections = sections[len(sections)-n:]
	}
	var names []string
	paras := 0
	sc := scores{}
	for _, sec := range sections {
		name, body, _ := strings.Cut(sec, "\n")
		names = append(names, strings.TrimSpace(name))
		var p int
		if _, after, ok := strings.Cut(body, "commit "); ok {
			fmt.Sscanf(after[strings.Index(after, ", ")+2:], "%d paragraphs", &p)
		}
		paras += p
		for _, line := range strings.Split(body, "\n") {
			if !strings.HasPrefix(line, "| ") {
				continue
			}
			cells := strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|"), "|")
			if len(cells) != 7 || strings.TrimSpace(cells[0]) == "kind / field" {
				continue
			}
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			s := sc.get(cells[0])
			var tp, fp, fn, ok, all int
			if _, err := fmt.Sscanf(cells[1]+" "+cells[2]+" "+cells[3], "%d %d %d", &tp, &fp, &fn); err == nil {
				s.tp, s.fp, s.fn = s.tp+tp, s.fp+fp, s.fn+fn
			}
			if _, err := fmt.Sscanf(cells[6], "%d/%d", &ok, &all); err == nil {
				s.fieldOK, s.fieldN = s.fieldOK+ok, s.fieldN+all
			}
		}
	}
	return names, paras, sc
}

func TestPooledFirstScoresSums(t *testing.T) {
	rec := "# First scores\n\n## a\n\nFirst scored at commit abc, 3 paragraphs (`x`).\n\n| kind / field | tp | fp | fn | precision | recall | field accuracy |\n|---|---|---|---|---|---|---|\n| count | 3 | 1 | 0 | 0.750 | 1.000 | 5/6 = 0.833 |\n| count.place | | | | | | 2/3 = 0.667 |\n\n## b\n\nFirst scored at commit def, 4 paragraphs (`x`).\n\n| kind / field | tp | fp | fn | precision | recall | field accuracy |\n|---|---|---|---|---|---|---|\n| count | 1 | 0 | 1 | 1.000 | 0.500 | |\n| count.place | | | | | | 0/1 = 0.000 |\n| date | 2 | 0 | 2 | 1.000 | 0.500 | |\n"
	names, paras, sc := pooledFirstScores(rec, 5)
	if strings.Join(names, ",") != "a,b" || paras != 7 {
		t.Fatalf("names %v, paragraphs %d; want a,b and 7", names, paras)
	}
	if c := *sc.get("count"); c != (tally{tp: 4, fp: 1, fn: 1, fieldOK: 5, fieldN: 6}) {
		t.Errorf("count %+v", c)
	}
	if got := sc.metric("count.place"); got != 0.5 {
		t.Errorf("count.place %.3f; want 2/4", got)
	}
	if names, _, _ := pooledFirstScores(rec, 1); len(names) != 1 || names[0] != "b" {
		t.Errorf("last one: %v", names)
	}
}
