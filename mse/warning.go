package mse

import "fmt"

// Warning is one reason to doubt an estimate, as data: Kind names it and
// Args are the values its English Text is written from, in that order, so
// that a front end can word it in another language.
type Warning struct {
	Kind string `json:"kind"`
	Args []any  `json:"args,omitempty"`
	Text string `json:"text"`
}

// The kinds of warning the log-linear fits and the data checks give.
const (
	WarnFewOverlaps   = "few_overlaps"    // people on more than one list, people observed
	WarnNoOverlap     = "no_overlap"      // list, list
	WarnEmptyList     = "empty_list"      // list
	WarnSingular      = "singular"        // -
	WarnNotConverged  = "not_converged"   // iterations
	WarnInfinite      = "infinite"        // -
	WarnUnbounded     = "unbounded"       // estimate, observed
	WarnBoundary      = "boundary"        // history, fitted value
	WarnAliased       = "aliased"         // terms
	WarnNegativeHet   = "negative_het"    // parameters
	WarnLargeBias     = "large_bias"      // bias
	WarnOpenInterval  = "open_interval"   // end of the search
	WarnNoModelFitted = "no_model_fitted" // -
	WarnStandardOnly  = "standard_only"   // lists, most lists searched, criterion
	WarnFirstCapture  = "first_capture"   // model
	WarnSigma         = "sigma"           // -
	// WarnNormalNotConverged carries the optimiser's message, in English.
	WarnNormalNotConverged = "normal_not_converged" // message
	// The Bayesian methods' warnings.
	WarnPosteriorTail = "posterior_tail" // share of the peak, largest candidate N
	WarnChainDrift    = "chain_drift"    // Geweke z
	WarnFewDraws      = "few_draws"      // effective draws
	WarnLastClass     = "last_class"     // K, percentage of the weight
)

// WarningKinds lists every kind, for the front ends' tests.
var WarningKinds = []string{WarnFewOverlaps, WarnNoOverlap, WarnEmptyList, WarnSingular, WarnNotConverged, WarnInfinite,
	WarnUnbounded, WarnBoundary, WarnAliased, WarnNegativeHet, WarnLargeBias, WarnOpenInterval, WarnNoModelFitted, WarnStandardOnly,
	WarnFirstCapture, WarnSigma, WarnNormalNotConverged, WarnPosteriorTail, WarnChainDrift, WarnFewDraws, WarnLastClass}

// NewWarning is a warning of kind, its English text format filled in with args.
func NewWarning(kind, format string, args ...any) Warning {
	return Warning{Kind: kind, Args: args, Text: fmt.Sprintf(format, args...)}
}

// addWarning records a warning as data in checks and as English text in
// texts, as the Bayesian methods' results keep both.
func addWarning(checks *[]Warning, texts *[]string, kind, format string, args ...any) {
	w := NewWarning(kind, format, args...)
	*checks = append(*checks, w)
	*texts = append(*texts, w.Text)
}

// Texts are the warnings' English texts.
func Texts(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Text)
	}
	return out
}

// note records a warning about the fit in Checks and returns its English
// text, for the caller to add to Warnings.
func (f *Fit) note(kind, format string, args ...any) string {
	w := NewWarning(kind, format, args...)
	f.Checks = append(f.Checks, w)
	return w.Text
}

// warn records a warning about the fit, in Checks and, worded, in Warnings.
func (f *Fit) warn(kind, format string, args ...any) {
	f.Warnings = append(f.Warnings, f.note(kind, format, args...))
}
