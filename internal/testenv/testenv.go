// Package testenv tells tests what this machine can do, and skips with the
// reason the tests that need more: root, a command, a cgroup version. Tests
// skip by capability, never by guessing from the host name.
package testenv

import (
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// RequireRoot skips t unless it runs as root.
func RequireRoot(t testing.TB) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("requires root (run the tests as root, as CI does)")
	}
}

// RequireCommand returns the path of the named command, skipping t if it is
// not installed (make test installs what the suite needs).
func RequireCommand(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("requires %s on PATH (make deps installs it)", name)
	}
	return p
}

// Busybox returns the path of a statically linked busybox, skipping t when
// there is none. Test root file systems are made from it.
func Busybox(t testing.TB) string {
	t.Helper()
	for _, p := range []string{"/bin/busybox", "/usr/bin/busybox"} {
		if isStatic(p) {
			return p
		}
	}
	t.Skip("requires a static busybox (apt-get install busybox-static; make deps does it)")
	return ""
}

// BusyboxRootfs fills dir with a minimal root file system: a static busybox,
// a link for each applet in /bin, and the usual empty top-level directories.
func BusyboxRootfs(t testing.TB, dir string) {
	t.Helper()
	bb := Busybox(t)
	for _, d := range []string{"bin", "dev", "proc", "sys", "tmp", "etc", "root", "var", "run"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(bb)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bin", "busybox"), data, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bb, "--list").Output()
	if err != nil {
		t.Fatalf("busybox --list: %v", err)
	}
	for _, applet := range strings.Fields(string(out)) {
		if applet == "busybox" {
			continue
		}
		if err := os.Symlink("busybox", filepath.Join(dir, "bin", applet)); err != nil && !os.IsExist(err) {
			t.Fatal(err)
		}
	}
	passwd := "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n"
	group := "root:x:0:\nnogroup:x:65534:\n"
	if err := os.WriteFile(filepath.Join(dir, "etc", "passwd"), []byte(passwd), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "etc", "group"), []byte(group), 0o644); err != nil {
		t.Fatal(err)
	}
}

// isStatic reports whether path is an ELF executable with no program
// interpreter, so it runs inside a root file system that has no libc.
func isStatic(path string) bool {
	f, err := elf.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return false
		}
	}
	return true
}
