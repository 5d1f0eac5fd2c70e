// Command skiff runs containers, pods, virtual machines and clusters from one binary.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/skiff-dev/skiff/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args)
	stop()
	os.Exit(code)
}
