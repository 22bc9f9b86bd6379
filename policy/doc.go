// Package policy reads spython's policy files and decides audit events
// with them.
//
// # Files
//
// A policy is a YAML file of apiVersion spython/v1; docs/policy.md is its
// reference and docs/policy.schema.json its JSON Schema. [Parse] reads one
// from bytes, [Load] from a file it first checks is safe (not writable by
// group or others, owned by root or the running user), and [Default]
// returns the policy embedded from configs/default.yaml. Every key absent
// from a file takes its default, so a [Policy] is always complete;
// [Policy.Encode] writes it back as YAML with the defaults filled in.
//
// # Diagnostics
//
// Parse walks the YAML node tree rather than unmarshalling it, so that it
// reports every problem at once, each at its position, as [Diagnostics]:
// FILE:LINE:COL: CODE: MESSAGE, the codes being the Code constants
// ([CodeUnknownKey], [CodeUnknownEvent], ...). Unknown keys are errors,
// with a suggestion when a known key is close. Notes, such as an event
// name spython does not raise ([CodeCustomEvent]), never make Parse fail;
// a policy that parses keeps them in [Policy.Notes].
//
// # Decisions
//
// [Policy.Decide] returns the [Decision] for a [hooks.Event]: the action
// of the first rule, in file order, whose event pattern matches the
// event's name and whose match keys all hold; the policy's default when
// none does. Rules are indexed by event name when the policy is parsed,
// so a decision costs only the rules that could match the event, however
// many others the policy has. Decide is safe for concurrent use.
//
// Event patterns and string match values are rule globs: "*" matches any
// run of characters, dots and slashes included; "?" one character; "[...]"
// a class; "\" escapes. They are not path-segment aware: "/tmp/*" matches
// "/tmp/a/b". The verify section's globs are doublestar globs, which are.
//
// Match keys are argument names, read with [hooks.Event.Arg]. An event a
// script raises with sys.audit under a name spython does not register has
// no argument names, so a rule with a match never matches it; Parse
// rejects such rules ([CodeUnknownArg]).
//
// [Policy.Explain] tells why an event gets its decision, for `spython
// policy explain`; [ParseArgs] reads that command's NAME=VALUE arguments.
//
// # Enforcement
//
// This package decides; it does not enforce. The launcher installs a hook
// that calls Decide and refuses the operation on [ActionDeny] in
// [ModeEnforce] (with [Decision.Err]), logs a would-be denial in
// [ModeAudit], applies [Policy.Launch], [Policy.Path], [Policy.Verify]
// ([Verify.Gate] makes the verified-open gate), [Policy.Log] and
// [Policy.Limits], and honours [Policy.Lock].
package policy
