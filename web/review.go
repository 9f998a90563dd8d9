package web

import (
	"context"
	"net/http"
	"strconv"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
	"github.com/rastro-project/rastro/sqldb"
)

// assessment assesses every death and injury with the built-in rules and
// the stored reviews.
func (s *Server) assessment(ctx context.Context) (*assess.Report, *assess.RuleSet, error) {
	b, err := s.cfg.DB.Export(sqldb.WithoutReveal(ctx)) // the rules read no names
	if err != nil {
		return nil, nil, err
	}
	reviews, err := s.reviews(ctx)
	if err != nil {
		return nil, nil, err
	}
	rules := assess.MustDefaultRules()
	rep, err := assess.Assess(b, rules, reviews)
	return rep, rules, err
}

// reviewRequest is a reviewer's decision on an act's assessment.
type reviewRequest struct {
	Decision   assess.Decision `json:"decision"`             // sign_off or override
	Conclusion string          `json:"conclusion,omitempty"` // for an override
	Reason     string          `json:"reason,omitempty"`     // required for an override
}

// reviewAct records a sign-off of the act's rule result, or an override
// with a reason, in the reviewer's name. Reviews are appended, never
// changed; the latest stands.
func reviewAct(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ctx := r.Context()
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	var req reviewRequest
	err = readRequest(w, r, &req, func() {
		req = reviewRequest{Decision: assess.Decision(r.PostFormValue("decision")), Conclusion: r.PostFormValue("conclusion"), Reason: r.PostFormValue("reason")}
	})
	if err != nil {
		return nil, err
	}
	rep, rules, err := s.assessment(ctx)
	if err != nil {
		return nil, err
	}
	var result *assess.Result
	for i := range rep.Results {
		if rep.Results[i].ActID == id {
			result = &rep.Results[i]
		}
	}
	if result == nil {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "act %d is not an assessed death or injury", id)
	}
	rv := assess.Review{ActID: id, Decision: req.Decision, Conclusion: result.Conclusion, Reviewer: actorName(r),
		Reason: req.Reason, RulesVersion: rules.Version}
	if req.Decision == assess.Override {
		rv.Conclusion = req.Conclusion
	}
	if err := rv.Validate(rules); err != nil {
		return nil, err
	}
	row := sqldb.Review{ActID: id, Decision: string(rv.Decision), Conclusion: rv.Conclusion, Reviewer: rv.Reviewer,
		Reason: rv.Reason, RulesVersion: rv.RulesVersion}
	if err := s.cfg.DB.AddReview(ctx, &row); err != nil {
		return nil, err
	}
	return seeOther{To: "/incidents/" + strconv.FormatInt(result.IncidentID, 10) + "#act-" + strconv.FormatInt(id, 10), Data: row}, nil
}
