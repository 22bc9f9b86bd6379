package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"time"
)

var sampleResults = []*scriptResult{{
	Script: "main.py",
	Findings: []*finding{
		{Script: "main.py", Event: "os.system", Args: `command="ls"`, Rule: "no-shell", Message: "no shells", File: "/srv/app/helper.py", Line: 4, Function: "run", Count: 1},
		{Script: "main.py", Event: "os.system", Args: `command="ls"`, Rule: "no-shell", Message: "no shells", File: "/srv/app/helper.py", Line: 4, Function: "run", Count: 1},
		{Script: "main.py", Event: "open", Args: `path="/etc/shadow"`, Rule: "", Message: "no rule allows it", File: "/srv/app/main.py", Line: 2, Count: 1},
	},
	Duration: time.Millisecond,
}, {Script: "clean.py", Outcome: "Traceback (most recent call last):\nValueError: bad"}}

// The SARIF report has what SARIF 2.1.0 requires and what GitHub code
// scanning reads: a version, a run with a named driver whose rules the
// results name, and per result a message and a physical location with a
// region starting at a line >= 1; one result per place and rule.
func TestSARIF(t *testing.T) {
	var b bytes.Buffer
	if err := writeSARIF(&b, sampleResults); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version string `json:"version"`
		Schema  string `json:"$schema"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != "2.1.0" || !strings.Contains(doc.Schema, "sarif-2.1.0") || len(doc.Runs) != 1 {
		t.Fatalf("header: %+v", doc)
	}
	run := doc.Runs[0]
	if run.Tool.Driver.Name != "spython" {
		t.Errorf("driver name %q", run.Tool.Driver.Name)
	}
	rules := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		rules[r.ID] = true
	}
	if len(run.Results) != 2 {
		t.Fatalf("%d results, want 2 (one per place and rule)", len(run.Results))
	}
	for _, r := range run.Results {
		if !rules[r.RuleID] || r.Level != "error" || r.Message.Text == "" || len(r.Locations) != 1 {
			t.Errorf("result %+v", r)
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI == "" || loc.Region.StartLine < 1 {
			t.Errorf("location %+v", loc)
		}
	}
}

func TestJUnit(t *testing.T) {
	var b bytes.Buffer
	if err := writeJUnit(&b, sampleResults); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Suite struct {
			Tests    int `xml:"tests,attr"`
			Failures int `xml:"failures,attr"`
			Errors   int `xml:"errors,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
				Error *struct {
					Message string `xml:"message,attr"`
				} `xml:"error"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, b.String())
	}
	s := doc.Suite
	if s.Tests != 2 || s.Failures != 1 || s.Errors != 1 || len(s.Cases) != 2 {
		t.Fatalf("suite %+v", s)
	}
	if s.Cases[0].Failure == nil || !strings.Contains(s.Cases[0].Failure.Text, "os.system would be denied") {
		t.Errorf("main.py: %+v", s.Cases[0])
	}
	if s.Cases[1].Error == nil || s.Cases[1].Error.Message != "ValueError: bad" {
		t.Errorf("clean.py: %+v", s.Cases[1])
	}
}
