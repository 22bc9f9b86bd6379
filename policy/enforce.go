package policy

import (
	"fmt"
	"strings"

	"github.com/spython/spython/hooks"
)

// Enforcer is the Go-native audit hook that applies a policy. For every
// event it decides, has the decision recorded, and only then, in enforce
// mode, refuses a denied operation: a denial is always on record before the
// script sees it.
//
// The launch events (cpython.run_file, run_command, run_module, run_stdin,
// run_interactivehook) are first decided by the policy's launch list; a
// launch mode the list allows is then decided by the rules like any event.
// A spython.verify event whose verdict is refused is a denial (rule
// "verify"): the rules decide only the files the gate let through.
type Enforcer struct {
	Policy *Policy
	// Mode is the effective mode: the policy's, or the command line's.
	Mode Mode
	// Record writes the record of a decision ("allow", "log", "deny" or
	// "would-deny") and the deciding rule's id ("" for the default). An
	// error means the record was not kept and the operation is refused
	// with it (the logger decides whether a lost record is an error, by
	// the policy's log.on_failure). Nil records nothing.
	Record func(e *hooks.Event, decision, rule string) error
}

// Decision names as audit records write them.
const (
	RecordAllow     = "allow"
	RecordLog       = "log"
	RecordDeny      = "deny"
	RecordWouldDeny = "would-deny"
)

// launchEvents maps each launch event to the launch mode it asks for.
var launchEvents = map[string]LaunchMode{
	hooks.RunFile.Name:            LaunchFile,
	hooks.RunCommand.Name:         LaunchCommand,
	hooks.RunModule.Name:          LaunchModule,
	hooks.RunStdin.Name:           LaunchStdin,
	hooks.RunInteractiveHook.Name: LaunchInteractive,
}

// launchRuleID is the rule id records and messages give when the launch
// list refuses a launch mode; verifyRuleID when the verified-open gate
// refuses a code file.
const (
	launchRuleID = "launch"
	verifyRuleID = "verify"
)

// Audit implements hooks.Hook.
func (x *Enforcer) Audit(e *hooks.Event) error {
	d := x.decide(e)
	decision := RecordAllow
	switch {
	case d.Action == ActionLog:
		decision = RecordLog
	case d.Action == ActionDeny && x.Mode == ModeAudit:
		decision = RecordWouldDeny
	case d.Action == ActionDeny:
		decision = RecordDeny
	}
	rule := ""
	if d.Rule != nil {
		rule = d.Rule.ID
	}
	if x.Record != nil {
		if err := x.Record(e, decision, rule); err != nil {
			return err
		}
	}
	if decision == RecordDeny {
		return d.Err(e.Name)
	}
	return nil
}

func (x *Enforcer) decide(e *hooks.Event) Decision {
	if e.Spec != nil {
		if d, ok := x.Policy.decideBeforeRules(e.Name, e.Arg); ok {
			return d
		}
	}
	return x.Policy.Decide(e)
}

// decideBeforeRules decides what the rules never see: a code file the
// verified-open gate refused is a denial whatever the rules say (recorded
// as deny, or would-deny in audit mode, where the file is loaded all the
// same), and a launch mode the launch list does not name is denied. arg
// returns an argument by name.
func (p *Policy) decideBeforeRules(event string, arg func(string) (any, bool)) (Decision, bool) {
	if event == hooks.Verify.Name {
		if verdict, _ := arg("verdict"); verdict == "refused" {
			reason, _ := arg("reason")
			return Decision{Action: ActionDeny, Rule: &Rule{ID: verifyRuleID, Event: event, Action: ActionDeny, Message: fmt.Sprint(reason)}}, true
		}
	}
	if mode, ok := launchEvents[event]; ok && !p.allowsLaunch(mode) {
		return Decision{Action: ActionDeny, Rule: &Rule{
			ID:      launchRuleID,
			Event:   event,
			Action:  ActionDeny,
			Message: fmt.Sprintf("launch mode %q is not allowed by the policy (launch: [%s])", mode, p.launchList()),
		}}, true
	}
	return Decision{}, false
}

func (p *Policy) allowsLaunch(mode LaunchMode) bool {
	for _, m := range p.Launch {
		if m == mode {
			return true
		}
	}
	return false
}

func (p *Policy) launchList() string {
	modes := make([]string, len(p.Launch))
	for i, m := range p.Launch {
		modes[i] = string(m)
	}
	return strings.Join(modes, ", ")
}
