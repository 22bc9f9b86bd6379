package main

// The reports of spython check: text for people (and GitHub Actions
// annotations), JSON, SARIF 2.1.0 for code scanning, JUnit XML.

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func writeReport(w io.Writer, format string, results []*scriptResult) error {
	switch format {
	case "json":
		all := []*finding{}
		for _, r := range results {
			all = append(all, r.Findings...)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(all)
	case "sarif":
		return writeSARIF(w, results)
	case "junit":
		return writeJUnit(w, results)
	}
	return writeText(w, results)
}

// place is FILE:LINE, relative to the working folder when under it.
func (f *finding) place() string {
	if f.File == "" {
		return f.Script
	}
	return fmt.Sprintf("%s:%d", relPath(f.File), f.Line)
}

func relPath(path string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return path
}

func (f *finding) text() string {
	s := fmt.Sprintf("%s: %s would be denied by rule %q: %s", f.place(), f.Event, f.Rule, f.Message)
	if f.Args != "" {
		s += " (" + f.Args + ")"
	}
	if f.Count > 1 {
		s += fmt.Sprintf(" [%d times]", f.Count)
	}
	return s
}

func writeText(w io.Writer, results []*scriptResult) error {
	github := os.Getenv("GITHUB_ACTIONS") == "true"
	total := 0
	for _, r := range results {
		for _, f := range r.Findings {
			fmt.Fprintln(w, f.text())
			if github && f.File != "" {
				fmt.Fprintf(w, "::error file=%s,line=%d,title=spython %s::%s\n", annotationValue(relPath(f.File)), f.Line, annotationValue(f.Rule), annotationValue(f.Event+" would be denied: "+f.Message))
			}
		}
		total += len(r.Findings)
		if r.Outcome != "" {
			fmt.Fprintf(w, "%s: the script did not finish: %s\n", r.Script, firstLine(r.Outcome))
		}
	}
	if total == 0 {
		fmt.Fprintln(w, "spython check: nothing would be denied")
	} else {
		fmt.Fprintf(w, "spython check: %d finding(s) would be denied\n", total)
	}
	return nil
}

// annotationValue escapes a workflow command's value as GitHub documents.
func annotationValue(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func firstLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// writeSARIF writes one result per distinct place and rule.
func writeSARIF(w io.Writer, results []*scriptResult) error {
	type message struct {
		Text string `json:"text"`
	}
	type region struct {
		StartLine int `json:"startLine"`
	}
	type artifact struct {
		URI string `json:"uri"`
	}
	type physical struct {
		ArtifactLocation artifact `json:"artifactLocation"`
		Region           *region  `json:"region,omitempty"`
	}
	type location struct {
		PhysicalLocation physical `json:"physicalLocation"`
	}
	type result struct {
		RuleID    string     `json:"ruleId"`
		Level     string     `json:"level"`
		Message   message    `json:"message"`
		Locations []location `json:"locations"`
	}
	type rule struct {
		ID               string  `json:"id"`
		ShortDescription message `json:"shortDescription"`
	}
	rules := map[string]rule{}
	var out []result
	seen := map[string]bool{}
	for _, r := range results {
		for _, f := range r.Findings {
			id := f.Rule
			if id == "" {
				id = "default"
			}
			key := f.place() + "\x00" + id
			if seen[key] {
				continue
			}
			seen[key] = true
			rules[id] = rule{ID: id, ShortDescription: message{f.Message}}
			loc := physical{ArtifactLocation: artifact{URI: filepath.ToSlash(relPath(firstNonEmpty(f.File, r.Script)))}}
			if f.Line > 0 {
				loc.Region = &region{StartLine: f.Line}
			}
			out = append(out, result{
				RuleID:    id,
				Level:     "error",
				Message:   message{fmt.Sprintf("%s would be denied: %s (%s)", f.Event, f.Message, f.Args)},
				Locations: []location{{PhysicalLocation: loc}},
			})
		}
	}
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	driverRules := make([]rule, len(ids))
	for i, id := range ids {
		driverRules[i] = rules[id]
	}
	if out == nil {
		out = []result{}
	}
	doc := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name":           "spython",
				"version":        versionString(),
				"informationUri": "https://github.com/spython/spython",
				"rules":          driverRules,
			}},
			"results": out,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// writeJUnit writes one test case per script: failed when something would
// be denied, in error when the script did not finish.
func writeJUnit(w io.Writer, results []*scriptResult) error {
	type failure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	}
	type testcase struct {
		Name      string   `xml:"name,attr"`
		Classname string   `xml:"classname,attr"`
		Time      string   `xml:"time,attr"`
		Failure   *failure `xml:"failure,omitempty"`
		Error     *failure `xml:"error,omitempty"`
	}
	type testsuite struct {
		XMLName  xml.Name   `xml:"testsuite"`
		Name     string     `xml:"name,attr"`
		Tests    int        `xml:"tests,attr"`
		Failures int        `xml:"failures,attr"`
		Errors   int        `xml:"errors,attr"`
		Cases    []testcase `xml:"testcase"`
	}
	suite := testsuite{Name: "spython check", Tests: len(results)}
	for _, r := range results {
		tc := testcase{Name: r.Script, Classname: "spython.check", Time: fmt.Sprintf("%.3f", r.Duration.Seconds())}
		if len(r.Findings) > 0 {
			var lines []string
			for _, f := range r.Findings {
				lines = append(lines, f.text())
			}
			tc.Failure = &failure{Message: fmt.Sprintf("%d operation(s) would be denied by the policy", len(r.Findings)), Type: "policy", Text: strings.Join(lines, "\n")}
			suite.Failures++
		}
		if r.Outcome != "" {
			tc.Error = &failure{Message: firstLine(r.Outcome), Type: "script", Text: r.Outcome}
			suite.Errors++
		}
		suite.Cases = append(suite.Cases, tc)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(struct {
		XMLName xml.Name `xml:"testsuites"`
		Suite   testsuite
	}{Suite: suite}); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
