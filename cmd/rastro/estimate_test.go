package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

func runRastro(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	m := NewMain()
	var out, errb bytes.Buffer
	m.Stdin, m.Stdout, m.Stderr = strings.NewReader(stdin), &out, &errb
	m.Config.DataDir = t.TempDir()
	useTestWorker(m)
	err := m.Run(context.Background(), args)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return out.String(), err
}

func TestEstimateCountsText(t *testing.T) {
	out, err := runRastro(t, "", "estimate", "--counts", "72,155,7,71,13,53,43", "--lists", "3", "--model", "Mt+c1:c2+c2:c3")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Estimate: 850.1", "deviance 3.794 on 1 df", "profile likelihood"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// --model fits that model only; without it every model is ranked.
	if strings.Contains(out, "ranked by") || strings.Contains(out, "Standard models") {
		t.Errorf("--model ranked other models:\n%s", out)
	}
	out, err = runRastro(t, "", "estimate", "--counts", "72,155,7,71,13,53,43", "--lists", "3")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ranked by AIC", "[12,13,23]", "Standard models"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEstimateCSVJSON(t *testing.T) {
	csv := "a,b,c,count\n1,1,1,72\n1,1,0,5\n1,0,1,29\n1,0,0,54\n0,1,1,24\n0,1,0,3\n0,0,1,14\n"
	path := filepath.Join(t.TempDir(), "h.csv")
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := runRastro(t, "", "estimate", "--csv", path, "--model", "Mt", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Observed float64 `json:"observed"`
		Estimate float64 `json:"estimate"`
		Interval struct {
			Lower float64  `json:"lower"`
			Upper *float64 `json:"upper"`
		} `json:"interval"`
		Ranking []json.RawMessage `json:"ranking"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Observed != 201 || int(got.Estimate+0.5) != 209 || int(got.Interval.Lower+0.5) != 203 || got.Interval.Upper == nil || int(*got.Interval.Upper+0.5) != 217 {
		t.Errorf("got %+v", got)
	}
	if len(got.Ranking) != 0 {
		t.Errorf("%d ranked models with --model, want none", len(got.Ranking))
	}
	out, err = runRastro(t, "", "estimate", "--csv", path, "--json")
	if err != nil {
		t.Fatal(err)
	}
	got.Ranking = nil
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Ranking) != 8 {
		t.Errorf("%d ranked models without --model, want 8 (%v)", len(got.Ranking), err)
	}
}

func TestEstimateDGAAndLCMCR(t *testing.T) {
	// dga's example: the array 0,60,49,4,247,112,142,12 in Rcapture's order.
	out, err := runRastro(t, "", "estimate", "--counts", "12,4,112,60,142,49,247", "--lists", "3",
		"--method", "dga", "--delta", "1", "--missing", "1:300", "--prior", "negbin:13.14,55.17")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Bayes estimate 731.1") || !strings.Contains(out, "posterior mode 728") {
		t.Errorf("dga output:\n%s", out)
	}
	out, err = runRastro(t, "", "estimate", "--counts", "58,157,18,104,46,650,12,709,14,20,7,74,8,182,10", "--lists", "4",
		"--method", "lcmcr", "--burnin", "200", "--samples", "100", "--thinning", "2", "--seed", "9")
	if err != nil {
		t.Fatal(err)
	}
	again, err := runRastro(t, "", "estimate", "--counts", "58,157,18,104,46,650,12,709,14,20,7,74,8,182,10", "--lists", "4",
		"--method", "lcmcr", "--burnin", "200", "--samples", "100", "--thinning", "2", "--seed", "9")
	if err != nil || out != again {
		t.Errorf("same seed, different output (%v):\n%s\n%s", err, out, again)
	}
}

func TestEstimateBadInput(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"estimate"}, "no data"},
		{[]string{"estimate", "--counts", "1,2,3"}, "counts needs lists"},
		{[]string{"estimate", "--counts", "1,2", "--lists", "2"}, "2 counts given for 2 lists"},
		{[]string{"estimate", "--counts", "1,2,3", "--lists", "2", "--method", "magic"}, `method "magic": want loglinear, dga, lcmcr`},
		{[]string{"estimate", "--counts", "1,2,3", "--lists", "2", "--model", "Mx"}, "unknown base model"},
		{[]string{"estimate", "--csv", "/nonexistent/h.csv"}, "/nonexistent/h.csv"},
		{[]string{"estimate", "--counts", "1,2,3", "--lists", "2", "--method", "dga"}, "at least 3 lists"},
	} {
		_, err := runRastro(t, "", c.args...)
		if err == nil || rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(err), c.want) {
			t.Errorf("%v: %v, want EINVALID with %q", c.args, err, c.want)
		}
	}
	_, err := runRastro(t, "a,b\n1,2\n", "estimate", "--csv", "-")
	if err == nil || !strings.Contains(rastro.ErrorMessage(err), `line 2, column "b"`) {
		t.Errorf("bad csv: %v", err)
	}
}

func TestEstimateStratified(t *testing.T) {
	var b strings.Builder
	b.WriteString("person,period,news,ngo,ombudsman\n")
	// Two periods, each with the Cormack counts: the strata's estimates are
	// equal and add up.
	hist := []string{"1,1,1", "1,1,0", "1,0,1", "1,0,0", "0,1,1", "0,1,0", "0,0,1"}
	counts := []int{72, 5, 29, 54, 24, 3, 14}
	id := 0
	for _, period := range []string{"2022-12", "2023-01"} {
		for i, h := range hist {
			for j := 0; j < counts[i]; j++ {
				id++
				b.WriteString(strings.Join([]string{"p" + strconv.Itoa(id), period, h}, ",") + "\n")
			}
		}
	}
	out, err := runRastro(t, b.String(), "estimate", "--csv", "-", "--stratify", "period", "--ignore", "person", "--model", "Mt", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Strata []struct {
			Stratum  string  `json:"stratum"`
			Observed float64 `json:"observed"`
			Estimate float64 `json:"estimate"`
			SE       float64 `json:"std_error"`
		} `json:"strata"`
		Total    float64 `json:"total_estimate"`
		Combined struct {
			Estimate, Lower float64
			Upper           *float64
		} `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Strata) != 2 || got.Strata[0].Stratum != "2022-12" || got.Strata[0].Observed != 201 || int(got.Strata[1].Estimate+0.5) != 209 || int(got.Total+0.5) != 419 {
		t.Errorf("got %+v", got)
	}
	// Each stratum: Mt's 209.34; the total's interval adds the variances.
	c := got.Combined
	if c.Upper == nil || int(c.Estimate+0.5) != 419 || math.Abs(*c.Upper-c.Estimate-1.96*got.Strata[0].SE*math.Sqrt2) > 0.01 {
		t.Errorf("total %+v", c)
	}
	// LCMCR: the strata get their own seeds and the total adds the draws.
	out, err = runRastro(t, b.String(), "estimate", "--csv", "-", "--stratify", "period", "--ignore", "person",
		"--method", "lcmcr", "--burnin", "200", "--samples", "200", "--thinning", "1", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var lc struct {
		Strata []struct {
			Estimate float64 `json:"estimate"`
		} `json:"strata"`
		Combined struct{ Estimate, Lower float64 } `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &lc); err != nil {
		t.Fatal(err)
	}
	if lc.Strata[0].Estimate == lc.Strata[1].Estimate && lc.Combined.Estimate == 2*lc.Strata[0].Estimate {
		t.Errorf("identical strata got identical chains: %+v", lc)
	}
	if lc.Combined.Lower < 402 {
		t.Errorf("total %+v below the 402 observed", lc.Combined)
	}
	if _, err := runRastro(t, "", "estimate", "--counts", "1,2,3", "--lists", "2", "--stratify", "place"); err == nil {
		t.Error("--stratify without --csv accepted")
	}
}

func TestEstimatePersons(t *testing.T) {
	// Linked records of the Cormack counts: person i on the lists of its
	// history, one row per (person, list).
	var b strings.Builder
	b.WriteString("person,list,id,line\n")
	hist := []string{"111", "110", "101", "100", "011", "010", "001"}
	counts := []int{72, 5, 29, 54, 24, 3, 14}
	lists := []string{"hospital", "news", "ngo"}
	id := 0
	for i, h := range hist {
		for j := 0; j < counts[i]; j++ {
			id++
			for l, c := range h {
				if c == '1' {
					b.WriteString(strconv.Itoa(id) + "," + lists[l] + ",r" + strconv.Itoa(id) + ",0\n")
				}
			}
		}
	}
	out, err := runRastro(t, b.String(), "estimate", "--persons", "-", "--model", "Mt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "201 people on 3 lists (hospital, news, ngo)") || !strings.Contains(out, "Estimate: 209.3") {
		t.Errorf("output:\n%s", out)
	}
	if _, err := runRastro(t, "", "estimate", "--persons", "-", "--counts", "1,2,3", "--lists", "2"); err == nil {
		t.Error("--persons with --counts accepted")
	}
}

// Mb, the behavioural model, on Seber's two occasions (Rcapture's example
// output: 1295.0, s.e. 17.3).
func TestEstimateMb(t *testing.T) {
	out, err := runRastro(t, "", "estimate", "--counts", "167,781,254", "--lists", "2", "--model", "Mb")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Estimate: 1295.0 (s.e. 17.3)") || !strings.Contains(out, "log-normal") {
		t.Errorf("Mb:\n%s", out)
	}
	if _, err := runRastro(t, "", "estimate", "--counts", "167,781,254", "--lists", "2", "--model", "Mbh"); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("Mbh on two lists: %v", err)
	}
}

// Mbh on the meadow voles' third period (Rcapture's saved output: 52.6,
// deviance 66.256 on 27 df, AIC 126.187); without --model, Mb and Mbh are
// listed apart and never chosen.
func TestEstimateMbh(t *testing.T) {
	vole := []string{"estimate", "--counts", "7,3,3,1,1,0,2,1,0,1,0,1,2,1,1,2,0,0,0,1,2,2,0,7,0,0,0,3,0,6,2", "--lists", "5"}
	out, err := runRastro(t, "", append(vole, "--model", "Mbh")...)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Model:    Mbh", "Estimate: 52.6", "deviance 66.256 on 27 df, AIC 126.187", "log-normal"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, err = runRastro(t, "", append(vole, "--json")...)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Model       string `json:"model"`
		Behavioural []struct {
			Model    string  `json:"model"`
			Estimate float64 `json:"estimate"`
		} `json:"behavioural_models"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Behavioural) != 2 || res.Behavioural[1].Model != "Mbh" || math.Abs(res.Behavioural[1].Estimate-52.56) > 0.01 {
		t.Errorf("behavioural models: %+v", res.Behavioural)
	}
	if strings.HasPrefix(res.Model, "Mb") {
		t.Errorf("a behavioural model was chosen: %s", res.Model)
	}
}

// More than six lists: the standard models are fitted and the best by AIC
// reported, with a warning that the hierarchical search stops at six.
func TestEstimateEightLists(t *testing.T) {
	b, err := os.ReadFile("../../mse/testdata/eight_lists_r.txt")
	if err != nil {
		t.Fatal(err)
	}
	var counts string
	for _, line := range strings.Split(string(b), "\n") {
		if c, ok := strings.CutPrefix(line, "counts "); ok {
			counts = strings.TrimSpace(c)
		}
	}
	out, err := runRastro(t, "", "estimate", "--counts", counts, "--lists", "8")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"437 people on 8 lists", "Model:    Mth Darroch", "Estimate: 550.9", "searched for at most 6"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEstimatePsi(t *testing.T) {
	args := []string{"estimate", "--counts", "58,157,18,104,46,650,12,709,14,20,7,74,8,182,10", "--lists", "4", "--model", "Mh-psi"}
	out, err := runRastro(t, "", append(args, "--psi", "-0.5,-0.75,-0.875,-0.9375")...)
	if err != nil || !strings.Contains(out, "Model:    Mh psi") {
		t.Fatalf("psi: %v\n%s", err, out)
	}
	if _, err := runRastro(t, "", append(args, "--psi", "-0.5,-0.75")...); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("two psi values for four lists: %v", err)
	}
}
