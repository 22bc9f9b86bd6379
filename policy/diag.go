package policy

import (
	"fmt"
	"sort"
	"strings"
)

// Code names the kind of problem a [Diagnostic] reports.
type Code string

// The diagnostic codes. docs/policy.md shows an example of each.
const (
	CodeSyntax       Code = "syntax"
	CodeUnknownKey   Code = "unknown_key"
	CodeWrongType    Code = "wrong_type"
	CodeBadValue     Code = "bad_value"
	CodeMissing      Code = "missing"
	CodeBadVersion   Code = "bad_version"
	CodeUnknownEvent Code = "unknown_event"
	CodeCustomEvent  Code = "custom_event"
	CodeUnknownArg   Code = "unknown_arg"
	CodeBadGlob      Code = "bad_glob"
	CodeDuplicateID  Code = "duplicate_id"
	CodeUnreachable  Code = "unreachable"
	CodeRelativePath Code = "relative_path"
	CodeBadSize      Code = "bad_size"
	CodeBadDuration  Code = "bad_duration"
	CodeOutOfRange   Code = "out_of_range"
	CodeUnsafeFile   Code = "unsafe_file"
)

// Severity is how much a diagnostic matters.
type Severity string

// The severities.
const (
	// SeverityError makes Parse fail.
	SeverityError Severity = "error"
	// SeverityNote is for the reader only.
	SeverityNote Severity = "note"
)

// Diagnostic is one problem found in a policy file, at a position.
type Diagnostic struct {
	File     string
	Line     int
	Col      int
	Code     Code
	Message  string
	Severity Severity
}

// String writes the diagnostic as FILE:LINE:COL: CODE: MESSAGE.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", d.File, d.Line, d.Col, d.Code, d.Message)
}

// Diagnostics are every problem found in a policy file, in file order. As
// an error it is returned by [Parse] and [Load] when at least one of them
// is an error; it holds the notes too.
type Diagnostics []Diagnostic

// Error writes one diagnostic a line.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errors returns the diagnostics that are errors.
func (ds Diagnostics) Errors() Diagnostics { return ds.filter(SeverityError) }

// Notes returns the diagnostics that are notes.
func (ds Diagnostics) Notes() Diagnostics { return ds.filter(SeverityNote) }

func (ds Diagnostics) filter(s Severity) Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == s {
			out = append(out, d)
		}
	}
	return out
}

func (ds Diagnostics) sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Col < ds[j].Col
	})
}

// distance is the edit distance between a and b, in bytes: insertions,
// deletions, substitutions and transpositions of neighbours each count
// one (optimal string alignment), so "mdoe" is one edit from "mode".
func distance(a, b string) int {
	rows := [3][]int{make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)}
	prev2, prev, cur := rows[0], rows[1], rows[2]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// nearest returns the candidate closest to s within maxDist edits (the
// first in order on a tie), or "".
func nearest(s string, candidates []string, maxDist int) string {
	best, bestDist := "", maxDist+1
	for _, c := range candidates {
		if d := distance(s, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// suggestDist is how far a misspelling may be from what it suggests: two
// edits, fewer for very short words.
func suggestDist(s string) int {
	return min(2, max(1, len(s)/3))
}
