// Package output prints listings the way every skiff command does: an aligned
// table for people (wide adds columns), JSON and YAML for programs, names for
// scripts. Commands describe a listing once, as a Table, and let the user pick.
package output

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/pflag"
	"sigs.k8s.io/yaml"
)

// Format is the value of a command's -o flag.
type Format string

const (
	Table Format = ""     // aligned columns
	Wide  Format = "wide" // aligned columns, including the wide ones
	JSON  Format = "json"
	YAML  Format = "yaml"
	Name  Format = "name" // one name a line
)

// ParseFormat checks the value of an -o flag.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case Table, Wide, JSON, YAML, Name:
		return f, nil
	}
	return "", fmt.Errorf("unknown output format %q: use one of json, yaml, wide, name", s)
}

// AddFlag registers -o/--output on a command's flags.
func AddFlag(fs *pflag.FlagSet, p *string) {
	fs.StringVarP(p, "output", "o", "", "output format: json, yaml, wide or name")
}

// Column is one column of a listing; Wide columns show only with -o wide.
type Column struct {
	Name string
	Wide bool
}

// Row is one listed item: its cells in column order, its name for -o name, and
// the object that -o json and -o yaml print.
type Row struct {
	Name   string
	Cells  []string
	Object any
}

// Listing is what a listing command prints.
type Listing struct {
	Columns []Column
	Rows    []Row
}

// Print writes l to w in format f. JSON and YAML print the rows' objects as
// one array, so the output of an empty listing is still valid ("[]").
func Print(w io.Writer, f Format, l Listing) error {
	switch f {
	case JSON:
		objs := objects(l)
		b, err := json.MarshalIndent(objs, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	case YAML:
		b, err := yaml.Marshal(objects(l))
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	case Name:
		for _, r := range l.Rows {
			if _, err := fmt.Fprintln(w, r.Name); err != nil {
				return err
			}
		}
		return nil
	case Table, Wide:
		return printTable(w, l, f == Wide)
	}
	return fmt.Errorf("unknown output format %q", f)
}

func objects(l Listing) []any {
	objs := make([]any, 0, len(l.Rows))
	for _, r := range l.Rows {
		objs = append(objs, r.Object)
	}
	return objs
}

func printTable(w io.Writer, l Listing, wide bool) error {
	tw := tabwriter.NewWriter(w, 0, 8, 3, ' ', 0)
	var head []string
	for _, c := range l.Columns {
		if wide || !c.Wide {
			head = append(head, strings.ToUpper(c.Name))
		}
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range l.Rows {
		var cells []string
		for i, c := range l.Columns {
			if !wide && c.Wide {
				continue
			}
			cell := ""
			if i < len(r.Cells) {
				cell = r.Cells[i]
			}
			cells = append(cells, cell)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}
