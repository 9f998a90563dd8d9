package mse

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
)

// Heterogeneity is the form of the individual-catchability term of the Mh
// and Mth models (Rivest and Lévesque's parametrisation, as in Rcapture).
type Heterogeneity string

const (
	NoHeterogeneity Heterogeneity = ""
	Chao            Heterogeneity = "Chao"    // lower bound: max(s-j+1, 0) for j = 3..k
	Darroch         Heterogeneity = "Darroch" // s^2/2
	PoissonHet      Heterogeneity = "Poisson" // theta^s - 1, theta = 2
	GammaHet        Heterogeneity = "Gamma"   // -log(theta+s) + log(theta), theta = 3.5
	// NormalHet is Rivest's (2011) normal heterogeneity: catchability on
	// the logit scale varies as a normal variable of standard deviation
	// sigma, integrated by Gauss-Hermite quadrature (not log-linear).
	NormalHet Heterogeneity = "Normal"
	// PsiHet is a heterogeneity column the user gives by its values at
	// s = 1..k captures, as closedp.h's h = psi (WithPsi sets them).
	PsiHet Heterogeneity = "psi"
)

// Model is a log-linear model for the counts of the observed histories. Its
// terms are sets of lists (bit j for list j+1): main effects have one bit,
// interactions more. An M0-type model (M0, Mh) has one capture-count column
// in place of the main effects.
type Model struct {
	Name   string
	Terms  []uint
	Common bool // one effect for all lists (M0, Mh)
	Het    Heterogeneity
	Theta  float64
	Psi    []float64 // PsiHet's column at 1..k captures
}

// WithPsi gives a psi model (Mh-psi, Mth-psi) its column: psi(s) for s =
// 1..k, e.g. 0.5^s - 1 for Rcapture's negative Poisson example.
func WithPsi(m Model, k int, values []float64) (Model, error) {
	if m.Het != PsiHet {
		return m, rastro.Errorf(rastro.EINVALID, "psi values are for Mh-psi or Mth-psi, not %s", m.Name)
	}
	if len(values) != k {
		return m, rastro.Errorf(rastro.EINVALID, "psi: %d values, want one for each number of lists 1..%d", len(values), k)
	}
	for _, v := range values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return m, rastro.Errorf(rastro.EINVALID, "psi: %v is not a finite number", v)
		}
	}
	m.Psi = slices.Clone(values)
	return m, nil
}

// MainEffects returns the terms of model Mt for k lists.
func MainEffects(k int) []uint {
	t := make([]uint, k)
	for j := range t {
		t[j] = 1 << uint(j)
	}
	return t
}

// M0 is the model of equal catchability on every list.
func M0() Model { return Model{Name: "M0", Common: true} }

// Mt lets each list have its own catchability (independent lists).
func Mt(k int) Model { return Model{Name: "Mt", Terms: MainEffects(k)} }

// Mh is M0 with heterogeneous catchability between individuals.
func Mh(h Heterogeneity) Model {
	m := Model{Common: true, Het: h, Theta: defaultTheta(h)}
	m.Name = "Mh " + m.hetName()
	return m
}

// Mth is Mt with heterogeneous catchability between individuals.
func Mth(k int, h Heterogeneity) Model {
	m := Model{Terms: MainEffects(k), Het: h, Theta: defaultTheta(h)}
	m.Name = "Mth " + m.hetName()
	return m
}

// Saturated has every interaction but the k-way one: as many parameters as
// observed histories, so it fits them exactly.
func Saturated(k int) Model {
	var t []uint
	for m := uint(1); m < 1<<uint(k)-1; m++ {
		t = append(t, m)
	}
	sortTerms(t)
	return Model{Name: "saturated", Terms: t}
}

// Hierarchical returns the model with the given terms and every term they
// contain (main effects always included).
func Hierarchical(k int, terms []uint) Model {
	set := map[uint]bool{}
	for j := 0; j < k; j++ {
		set[1<<uint(j)] = true
	}
	for _, t := range terms {
		for s := t; s != 0; s = (s - 1) & t {
			set[s] = true
		}
	}
	var all []uint
	for t := range set {
		all = append(all, t)
	}
	sortTerms(all)
	return Model{Name: generatorName(k, all), Terms: all}
}

func defaultTheta(h Heterogeneity) float64 {
	switch h {
	case PoissonHet:
		return 2
	case GammaHet:
		return 3.5
	}
	return 0
}

func (m Model) hetName() string {
	switch m.Het {
	case PoissonHet, GammaHet:
		return string(m.Het) + strconv.FormatFloat(m.Theta, 'g', -1, 64)
	}
	return string(m.Het)
}

// sortTerms orders terms by order, then as Rcapture names them (c1:c2 before
// c1:c3 before c2:c3).
func sortTerms(t []uint) {
	sort.Slice(t, func(a, b int) bool {
		ca, cb := bits.OnesCount(t[a]), bits.OnesCount(t[b])
		if ca != cb {
			return ca < cb
		}
		return termLess(t[a], t[b])
	})
}

func termLess(a, b uint) bool {
	for a != 0 && b != 0 {
		la, lb := bits.TrailingZeros(a), bits.TrailingZeros(b)
		if la != lb {
			return la < lb
		}
		a &= a - 1
		b &= b - 1
	}
	return a == 0 && b != 0
}

// TermName writes a term as R does: c1:c3.
func TermName(t uint) string {
	var parts []string
	for j := 0; t != 0; j++ {
		if t&1 != 0 {
			parts = append(parts, "c"+strconv.Itoa(j+1))
		}
		t >>= 1
	}
	return strings.Join(parts, ":")
}

// generatorName names a hierarchical model by its highest terms, as
// closedpMS.t does: [12,13,4].
func generatorName(k int, terms []uint) string {
	var gens []uint
	for _, t := range terms {
		maximal := true
		for _, u := range terms {
			if u != t && u&t == t {
				maximal = false
				break
			}
		}
		if maximal {
			gens = append(gens, t)
		}
	}
	sort.Slice(gens, func(a, b int) bool { return termLess(gens[a], gens[b]) })
	parts := make([]string, len(gens))
	for i, g := range gens {
		var sb strings.Builder
		for j := 0; j < k; j++ {
			if g&(1<<uint(j)) != 0 {
				sb.WriteString(strconv.Itoa(j + 1))
			}
		}
		parts[i] = sb.String()
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// ParseModel reads a model name: M0, Mt, Mh or Mth with an optional
// heterogeneity (Mth-Chao, Mth Darroch, Mh-Poisson, Mth-Gamma; Chao when
// none is named), saturated, a base model with added terms
// (Mt+c1:c2+c2:c3), or a hierarchical model by its generators ([12,23]).
func ParseModel(k int, spec string) (Model, error) {
	s := strings.TrimSpace(spec)
	if s == "" {
		return Model{}, rastro.Errorf(rastro.EINVALID, "model: empty name")
	}
	if strings.HasPrefix(s, "[") {
		return parseGenerators(k, s)
	}
	parts := strings.Split(s, "+")
	base := strings.TrimSpace(parts[0])
	var m Model
	fields := strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == ' ' || r == '_' })
	if len(fields) == 0 {
		return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: no base model before '+'", spec)
	}
	if len(fields) > 2 {
		return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: unexpected %q", spec, fields[2])
	}
	base = strings.ToLower(fields[0])
	het, theta := Chao, 0.0
	if len(fields) == 2 {
		if base != "mh" && base != "mth" {
			return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: only Mh and Mth take a heterogeneity form", spec)
		}
		var err error
		if het, theta, err = parseHet(fields[1]); err != nil {
			return Model{}, unknownModel(spec, err.Error())
		}
	}
	if (base == "mh" || base == "mth") && k < 3 {
		return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: heterogeneous models need at least 3 lists", spec)
	}
	switch base {
	case "m0":
		m = M0()
	case "mt", "independence":
		m = Mt(k)
	case "mh":
		m = Mh(het)
	case "mth":
		m = Mth(k, het)
	case "saturated":
		m = Saturated(k)
	default:
		return Model{}, unknownModel(spec, fmt.Sprintf("unknown base model %q", fields[0]))
	}
	if theta > 0 && (het == PoissonHet || het == GammaHet) {
		m.Theta = theta
		m.Name = strings.Fields(m.Name)[0] + " " + m.hetName()
	}
	for _, p := range parts[1:] {
		t, err := parseTerm(k, strings.TrimSpace(p))
		if err != nil {
			return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: %s", spec, err.Error())
		}
		if m.Common {
			return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: interactions need per-list effects (use Mt or Mth)", spec)
		}
		if slices.Contains(m.Terms, t) {
			return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: term %s given twice", spec, TermName(t))
		}
		m.Terms = append(m.Terms, t)
		m.Name += " + " + TermName(t)
	}
	return m, nil
}

// ParseHeterogeneity reads a heterogeneity form: Chao (or LB), Darroch,
// Poisson or Gamma, with their default parameters.
func ParseHeterogeneity(s string) (Heterogeneity, error) {
	h, _, err := parseHet(strings.TrimSpace(s))
	if err != nil {
		return "", rastro.Errorf(rastro.EINVALID, "%s", err.Error())
	}
	return h, nil
}

func parseHet(s string) (Heterogeneity, float64, error) {
	l := strings.ToLower(s)
	for _, h := range []Heterogeneity{Chao, Darroch, PoissonHet, GammaHet, NormalHet, PsiHet} {
		name := strings.ToLower(string(h))
		if l == name {
			return h, defaultTheta(h), nil
		}
		if strings.HasPrefix(l, name) && (h == PoissonHet || h == GammaHet) {
			v, err := strconv.ParseFloat(l[len(name):], 64)
			if err != nil || !(v > 0) || math.IsInf(v, 0) { // !(v > 0) refuses NaN too
				return "", 0, fmt.Errorf("heterogeneity %q: bad parameter", s)
			}
			return h, v, nil
		}
	}
	if l == "lb" {
		return Chao, 0, nil
	}
	return "", 0, fmt.Errorf("unknown heterogeneity %q (want Chao, Darroch, Poisson, Gamma, Normal or psi)", s)
}

// parseTerm reads c1:c2 (or 1:2, or 12).
func parseTerm(k int, s string) (uint, error) {
	var t uint
	var ids []string
	if strings.Contains(s, ":") {
		ids = strings.Split(s, ":")
	} else {
		for _, r := range strings.TrimPrefix(strings.ToLower(s), "c") {
			ids = append(ids, string(r))
		}
	}
	for _, id := range ids {
		id = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(id)), "c")
		j, err := strconv.Atoi(id)
		if err != nil || j < 1 || j > k {
			return 0, fmt.Errorf("term %q: lists are c1..c%d", s, k)
		}
		if t&(1<<uint(j-1)) != 0 {
			return 0, fmt.Errorf("term %q names a list twice", s)
		}
		t |= 1 << uint(j-1)
	}
	if bits.OnesCount(t) < 2 {
		return 0, fmt.Errorf("term %q: an interaction needs two or more lists", s)
	}
	if bits.OnesCount(t) == k {
		return 0, fmt.Errorf("term %q: the %d-way interaction is not estimable", s, k)
	}
	return t, nil
}

func parseGenerators(k int, s string) (Model, error) {
	if !strings.HasSuffix(s, "]") {
		return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: missing ']'", s)
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	var terms []uint
	if inner != "" {
		for _, g := range strings.Split(inner, ",") {
			g = strings.TrimSpace(g)
			var t uint
			for _, r := range g {
				j := int(r - '0')
				if j < 1 || j > k || t&(1<<uint(j-1)) != 0 {
					return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: bad generator %q (digits 1..%d, each once)", s, g, k)
				}
				t |= 1 << uint(j-1)
			}
			if t == 0 {
				return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: empty generator", s)
			}
			if bits.OnesCount(t) == k {
				return Model{}, rastro.Errorf(rastro.EINVALID, "model %q: the %d-way interaction is not estimable", s, k)
			}
			terms = append(terms, t)
		}
	}
	return Hierarchical(k, terms), nil
}

// design builds the model matrix (intercept first) for the given histories
// (bit masks), row-major, and the number of columns that do not model
// heterogeneity.
func (m Model) design(k int, patterns []uint) (x []float64, p, nca int) {
	p = 1 + len(m.Terms)
	if m.Common {
		p = 2
	}
	nca = p
	nh := m.hetColumns(k)
	p += nh
	x = make([]float64, 0, len(patterns)*p)
	for _, pat := range patterns {
		s := float64(bits.OnesCount(pat))
		x = append(x, 1)
		if m.Common {
			x = append(x, s)
		} else {
			for _, t := range m.Terms {
				v := 0.0
				if pat&t == t {
					v = 1
				}
				x = append(x, v)
			}
		}
		x = m.appendHet(x, k, s)
	}
	return x, p, nca
}

func (m Model) hetColumns(k int) int {
	switch m.Het {
	case NoHeterogeneity, NormalHet: // the normal term is no column
		return 0
	case Chao:
		return max(k-2, 0)
	}
	return 1
}

func (m Model) appendHet(x []float64, k int, s float64) []float64 {
	switch m.Het {
	case Chao:
		for j := 3; j <= k; j++ {
			x = append(x, math.Max(s-float64(j)+1, 0))
		}
	case Darroch:
		x = append(x, s*s/2)
	case PoissonHet:
		x = append(x, math.Pow(m.Theta, s)-1)
	case GammaHet:
		x = append(x, -math.Log(m.Theta+s)+math.Log(m.Theta))
	case PsiHet: // 0 for the unobserved history, as the other forms
		v := 0.0
		if s > 0 {
			v = m.Psi[int(s)-1]
		}
		x = append(x, v)
	}
	return x
}

// columnNames names the design's columns after the intercept.
func (m Model) columnNames(k int) []string {
	var names []string
	if m.Common {
		names = append(names, "captures")
	} else {
		for _, t := range m.Terms {
			names = append(names, TermName(t))
		}
	}
	switch m.Het {
	case Chao:
		for j := 3; j <= k; j++ {
			names = append(names, fmt.Sprintf("eta%d", j))
		}
	case NoHeterogeneity, NormalHet:
	default:
		names = append(names, "tau")
	}
	return names
}
