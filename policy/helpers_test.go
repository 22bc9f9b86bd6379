package policy

import (
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// policyOpts compare policies by what they say: not where it was said.
var policyOpts = cmp.Options{
	cmpopts.IgnoreUnexported(Policy{}),
	cmpopts.IgnoreFields(Policy{}, "Notes"),
}

// contentOpts also ignore where the policy and its rules came from.
var contentOpts = cmp.Options{
	policyOpts,
	cmpopts.IgnoreFields(Policy{}, "Source"),
	cmpopts.IgnoreFields(Rule{}, "Line", "Col"),
	cmpopts.EquateEmpty(),
}
