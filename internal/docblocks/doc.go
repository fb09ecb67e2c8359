// Package docblocks reads the code blocks of a Markdown document that
// are marked for checking, so that the configurations the docs show
// (docs/editors.md) are the ones the tests run.
//
// A block is marked by an HTML comment on the line before its fence:
//
//	<!-- check: NAME -->
//	```lang
//	...
//	```
package docblocks
