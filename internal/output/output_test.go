package output

import (
	"bytes"
	"testing"
)

func TestPrint(t *testing.T) {
	l := Listing{
		Columns: []Column{{Name: "name"}, {Name: "size"}, {Name: "digest", Wide: true}},
		Rows: []Row{
			{Name: "busybox", Cells: []string{"busybox", "1.2MB", "sha256:aa"}, Object: map[string]string{"name": "busybox"}},
		},
	}
	for _, tc := range []struct {
		f    Format
		want string
	}{
		{Table, "NAME      SIZE\nbusybox   1.2MB\n"},
		{Wide, "NAME      SIZE    DIGEST\nbusybox   1.2MB   sha256:aa\n"},
		{JSON, "[\n  {\n    \"name\": \"busybox\"\n  }\n]\n"},
		{YAML, "- name: busybox\n"},
		{Name, "busybox\n"},
	} {
		var b bytes.Buffer
		if err := Print(&b, tc.f, l); err != nil {
			t.Fatalf("%q: %v", tc.f, err)
		}
		if b.String() != tc.want {
			t.Errorf("%q: got\n%q\nwant\n%q", tc.f, b.String(), tc.want)
		}
	}
	var b bytes.Buffer
	if err := Print(&b, JSON, Listing{}); err != nil || b.String() != "[]\n" {
		t.Errorf("empty JSON listing: %q, %v", b.String(), err)
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"", "wide", "json", "yaml", "name"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q): %v", s, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat(xml) accepted")
	}
}
