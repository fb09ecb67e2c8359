// Package annotations reads privet's struct tags and //privet: directives.
//
// privetannotations: read privet struct tags and //privet: directives
//
// It understands:
//
//	Email string `privet:"pii"`          field holds sensitive data (several: `privet:"pii,location"`; reviewed and not sensitive: `privet:"-"`)
//	//privet:sensitive health             every value of the named type below is sensitive
//	//privet:sanitizer pii                the function's result is safe for these categories (none = all)
//	//privet:sanitizer pii in=0           ... and so is what its pointer parameter 0 points to after the call (in=-1: the receiver)
//	//privet:sink ai                      calls of the function, method or interface method send their arguments out
//	//privet:ignore reason                suppress findings on this line (end of line) or the next one (own line)
//
// Directives on types and functions become facts, so other packages see
// them; struct tags travel in export data and need no fact. The pass
// reports nothing: its Result lists the malformed directives for the
// privet analyzer to report.
package annotations
