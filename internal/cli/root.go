// Package cli holds skiff's command line: one file per command group, wired
// together here. Commands parse flags and call into the packages that own the
// work; they hold no logic of their own beyond presentation.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// exitError carries a specific exit status out of a command, for commands
// (like the runtime's) whose exit codes are part of their interface.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// withExitCode makes a command exit with code after printing err (if non-nil).
func withExitCode(code int, err error) error { return &exitError{code: code, err: err} }

// Run executes the skiff command line in args (args[0] is the program name)
// and returns the process exit status. Errors go to stderr.
func Run(ctx context.Context, args []string) int {
	root := newRootCmd(os.Stdout, os.Stderr)
	root.SetArgs(args[1:])
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.err.Error() != "" {
			fmt.Fprintln(os.Stderr, "skiff: "+ee.err.Error())
		}
		return ee.code
	}
	fmt.Fprintln(os.Stderr, "skiff: "+err.Error())
	return 1
}

// globals are the flags every command shares.
type globals struct {
	// dataDir holds skiff's state: content, images, snapshots, etcd, certificates.
	dataDir string
}

// defaultDataDir is where skiff keeps its state unless --data-dir says otherwise.
const defaultDataDir = "/var/lib/skiff"

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:           "skiff",
		Short:         "Containers, pods, virtual machines and clusters from one binary",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&g.dataDir, "data-dir", defaultDataDir, "directory for skiff's state")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(
		newVersionCmd(),
	)
	_ = g // each command group takes g: newImageCmd(g), newServerCmd(g), ...
	return root
}
