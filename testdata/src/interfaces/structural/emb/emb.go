package emb // want package:"analyzed"

// emb declares an interface and calls it; no implementation is in scope
// here.

type Provider interface{ Embed(text string) []float32 }

type Index struct{ P Provider }

func (ix *Index) Add(text string) { ix.P.Embed(text) } // want Add:`p1->emb.Provider.Embed\(arg1\)`

func (ix *Index) Count(text string) int { return len(text) }
