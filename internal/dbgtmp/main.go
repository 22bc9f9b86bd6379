package main

import (
	"fmt"
	"os"

	_ "github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
)

func main() {
	src, _ := os.ReadFile(os.Args[1])
	c, err := py.Compile(string(src), os.Args[1], py.ExecMode, 0, true)
	if err != nil {
		fmt.Println(err)
		return
	}
	b := c.Code
	for i := 0; i < len(b); {
		op := b[i]
		if op >= 90 {
			fmt.Printf("   %d: op %d arg %d\n", i, op, int(b[i+1])|int(b[i+2])<<8)
			i += 3
		} else {
			fmt.Printf("   %d: op %d\n", i, op)
			i++
		}
	}
	fmt.Println(c.Consts)
}
