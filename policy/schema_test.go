package policy

import (
	"encoding/json"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

// schemaNode is the part of a JSON Schema this test reads.
type schemaNode struct {
	Type                 any                    `json:"type"`
	Properties           map[string]*schemaNode `json:"properties"`
	AdditionalProperties any                    `json:"additionalProperties"`
	Items                *schemaNode            `json:"items"`
	Enum                 []string               `json:"enum"`
	Required             []string               `json:"required"`
}

// TestSchema checks that docs/policy.schema.json describes the Go types:
// at every level the schema's properties are the yaml keys of the struct,
// both ways; every object refuses other keys; and the enums list the
// values Parse accepts.
func TestSchema(t *testing.T) {
	data, err := os.ReadFile("../docs/policy.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var root schemaNode
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	json.Unmarshal(data, &raw)
	if raw["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema is %v", raw["$schema"])
	}
	walkSchema(t, "policy", reflect.TypeFor[Policy](), &root)

	enums := map[string][]string{
		"mode":                modes,
		"default":             defaults,
		"launch[]":            launches,
		"verify.writable":     permits,
		"verify.noexec":       permits,
		"verify.exec_check":   execChecks,
		"rules[].action":      actions,
		"log.events":          logEvents,
		"log.on_failure":      onFailures,
		"log.sinks[].type":    sinkTypes,
		"rules[].id":          nil,
		"limits.recursion":    nil,
		"verify.extensions[]": nil,
	}
	for path, want := range enums {
		n := schemaAt(&root, path)
		if n == nil {
			t.Errorf("schema has no %s", path)
			continue
		}
		if !cmp.Equal(n.Enum, want) {
			t.Errorf("schema %s: enum %v, Go %v", path, n.Enum, want)
		}
	}
	// match is the one object whose keys are open: argument names.
	if m := schemaAt(&root, "rules[].match"); m == nil || m.AdditionalProperties == false || m.AdditionalProperties == nil {
		t.Errorf("schema rules[].match must allow any argument name")
	}
	if want := []string{"apiVersion"}; !cmp.Equal(root.Required, want) {
		t.Errorf("schema: required %v, want %v", root.Required, want)
	}
	if want := []string{"id", "event", "action"}; !cmp.Equal(schemaAt(&root, "rules[]").Required, want) {
		t.Errorf("schema rules[]: required %v, want %v", schemaAt(&root, "rules[]").Required, want)
	}
}

// schemaAt finds the node at a path such as "rules[].action".
func schemaAt(n *schemaNode, path string) *schemaNode {
	for _, part := range strings.Split(path, ".") {
		name, list := strings.CutSuffix(part, "[]")
		if n = n.Properties[name]; n == nil {
			return nil
		}
		if list {
			if n = n.Items; n == nil {
				return nil
			}
		}
	}
	return n
}

// walkSchema compares struct type typ with schema node n, and goes down
// into the fields that are structs or lists of structs.
func walkSchema(t *testing.T, where string, typ reflect.Type, n *schemaNode) {
	if n.AdditionalProperties != false {
		t.Errorf("schema %s: additionalProperties is %v, want false", where, n.AdditionalProperties)
	}
	goKeys := map[string]reflect.Type{}
	for f := range typ.Fields() {
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == "-" || !f.IsExported() {
			continue
		}
		if tag == "" {
			t.Errorf("%s.%s has no yaml tag", typ.Name(), f.Name)
			continue
		}
		goKeys[tag] = f.Type
	}
	for key, ft := range goKeys {
		sub, ok := n.Properties[key]
		if !ok {
			t.Errorf("schema %s: no property %q (Go %s has it)", where, key, typ.Name())
			continue
		}
		switch {
		case reflect.PointerTo(ft).Implements(reflect.TypeFor[yaml.Marshaler]()):
			// Written its own way (Match is a mapping of argument
			// names): a leaf here.
		case ft.Kind() == reflect.Struct:
			walkSchema(t, where+"."+key, ft, sub)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			if sub.Items == nil {
				t.Errorf("schema %s.%s: no items", where, key)
				continue
			}
			walkSchema(t, where+"."+key+"[]", ft.Elem(), sub.Items)
		}
	}
	var extra []string
	for key := range n.Properties {
		if _, ok := goKeys[key]; !ok {
			extra = append(extra, key)
		}
	}
	sort.Strings(extra)
	if len(extra) > 0 {
		t.Errorf("schema %s: properties %v that Go %s does not have", where, extra, typ.Name())
	}
}
