// Package configs holds the policy files shipped with spython, embedded in
// the binary.
//
// # Files
//
//   - default.yaml: the policy spython uses when no --policy is given and
//     /etc/spython/policy.yaml does not exist ([Default]).
//   - strict.yaml: deny by default; only what a simple script needs.
//   - audit.yaml: block nothing, log everything.
//   - ci.yaml: for `spython check` in CI: the default's deny rules, in
//     audit mode.
//
// The policy package parses them; a test there checks that each is valid.
package configs

import "embed"

// Files holds every shipped policy, by file name.
//
//go:embed *.yaml
var Files embed.FS

// Default is default.yaml.
//
//go:embed default.yaml
var Default []byte
