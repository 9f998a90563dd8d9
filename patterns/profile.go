package patterns

import (
	"fmt"
	"sort"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
)

// Poverty gives the total poverty rate (percent) of a UBIGEO code: a
// district, or a department ("DD0000").
type Poverty func(ubigeo string) (pct float64, ok bool)

// Profile describes the victims of deaths and injuries: each person once.
func Profile(x *analysis.Index) []Proportion {
	seen := map[int64]bool{}
	var n int
	var indigenous, peasant, minors, bystanders, notProtesting []int64
	for _, a := range x.Bundle.Acts {
		p := x.Persons[a.VictimID]
		if !analysis.Harm(a) || p == nil || seen[p.ID] {
			continue
		}
		seen[p.ID] = true
		n++
		if p.Indigenous != "" {
			indigenous = append(indigenous, a.ID)
		}
		if isPeasant(p.Occupation) {
			peasant = append(peasant, a.ID)
		}
		if p.IsMinor() {
			minors = append(minors, a.ID)
		}
		if a.Activity == rastro.ActivityPassingBy {
			bystanders = append(bystanders, a.ID)
		}
		if a.Activity != rastro.ActivityProtesting && a.Activity != rastro.ActivityUnknown {
			notProtesting = append(notProtesting, a.ID)
		}
	}
	cannot := "Whether these traits made people targets: there is no record of who else was present, so no comparison group; " +
		"unrecorded traits count as absent."
	return []Proportion{
		proportion("victims who self-identify as members of an indigenous people", indigenous, n,
			"How many of the documented victims are recorded as indigenous (self-identified).", cannot),
		proportion("victims working as farmers or herders (campesinos)", peasant, n,
			"How many of the documented victims are recorded with a peasant occupation.", cannot),
		proportion("victims under 18", minors, n,
			"How many of the documented victims were minors.", cannot),
		proportion("victims who were passing by", bystanders, n,
			"How many of the documented victims were bystanders when harmed.", cannot),
		proportion("victims who were not protesting (observing, passing by, helping, medics, journalists, fleeing)", notProtesting, n,
			"How many were harmed while doing something other than protesting.", cannot),
	}
}

func isPeasant(occupation string) bool {
	o := strings.ToLower(occupation)
	for _, w := range []string{"campesin", "farmer", "herder", "agricult", "comuner"} {
		if strings.Contains(o, w) {
			return true
		}
	}
	return false
}

// DepartmentPoverty compares the victims' home districts in one department
// with the department's own poverty rate.
type DepartmentPoverty struct {
	Department     string  `json:"department"` // UBIGEO "DD0000"
	Name           string  `json:"name"`
	Victims        int     `json:"victims"`          // with a home district in the department and a known rate
	MeanDistrict   float64 `json:"mean_district"`    // mean poverty rate of their home districts, percent
	DepartmentRate float64 `json:"department_rate"`  // percent
	AboveRate      int     `json:"above_department"` // victims whose home district is poorer than the department
}

// PovertyFigure is the poverty comparison with what it can show.
type PovertyFigure struct {
	Departments []DepartmentPoverty `json:"departments"`
	Unknown     int                 `json:"unknown"` // victims without a home district or without a rate for it
	CanShow     string              `json:"can_show"`
	CannotShow  string              `json:"cannot_show"`
}

// HomePoverty compares the poverty rates of the victims' home districts
// with their departments'.
func HomePoverty(x *analysis.Index, poverty Poverty) PovertyFigure {
	fig := PovertyFigure{
		Departments: []DepartmentPoverty{},
		CanShow:     "Whether the victims came from districts poorer than their department as a whole (district rates: INEI poverty map).",
		CannotShow: "The victims' own income or the make-up of the crowds: a district rate describes a place, not a person, and " +
			"without knowing who took part no difference here shows bias in who was harmed.",
	}
	byDept := map[string]*DepartmentPoverty{}
	sums := map[string]float64{}
	seen := map[int64]bool{}
	for _, a := range x.Bundle.Acts {
		p := x.Persons[a.VictimID]
		if !analysis.Harm(a) || p == nil || seen[p.ID] {
			continue
		}
		seen[p.ID] = true
		home := x.Places[p.HomePlaceID]
		if home == nil || len(home.Ubigeo) != 6 {
			fig.Unknown++
			continue
		}
		rate, ok := poverty(home.Ubigeo)
		dept := home.Ubigeo[:2] + "0000"
		deptRate, deptOK := poverty(dept)
		if !ok || !deptOK {
			fig.Unknown++
			continue
		}
		d := byDept[dept]
		if d == nil {
			d = &DepartmentPoverty{Department: dept, Name: home.Admin1, DepartmentRate: deptRate}
			byDept[dept] = d
		}
		d.Victims++
		sums[dept] += rate
		if rate > deptRate {
			d.AboveRate++
		}
	}
	for code, d := range byDept {
		d.MeanDistrict = sums[code] / float64(d.Victims)
		fig.Departments = append(fig.Departments, *d)
	}
	sort.Slice(fig.Departments, func(i, j int) bool { return fig.Departments[i].Department < fig.Departments[j].Department })
	return fig
}

// Report gathers every pattern figure.
type Report struct {
	Signatures  []Signature   `json:"signatures"`
	Similarity  Similarity    `json:"similarity"`
	VitalShare  Proportion    `json:"vital_share"`
	VitalKilled Proportion    `json:"vital_share_killed"`
	Profile     []Proportion  `json:"profile"`
	Poverty     PovertyFigure `json:"poverty"`
}

// MaxSignatures bounds the pairwise similarity table: above it, incidents
// are compared by place, then by department.
const MaxSignatures = 200

// Analyze computes every figure; poverty may be nil when no rates are at
// hand, and the poverty comparison is then left empty.
func Analyze(b *rastro.Bundle, poverty Poverty) *Report {
	return AnalyzeIndex(analysis.NewIndex(b), poverty)
}

// AnalyzeIndex is Analyze over an index already built.
func AnalyzeIndex(x *analysis.Index, poverty Poverty) *Report {
	r := &Report{}
	r.Signatures = Signatures(x, SignatureLevel(x))
	r.Similarity = Compare(r.Signatures)
	r.VitalShare, r.VitalKilled = VitalShares(x)
	r.Profile = Profile(x)
	if poverty != nil {
		r.Poverty = HomePoverty(x, poverty)
	}
	return r
}

func pct(v float64) string { return fmt.Sprintf("%.1f%%", 100*v) }
