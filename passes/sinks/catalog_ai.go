package sinks

// aiFamilies are the AI SDK families of the built-in catalog, one file
// each (catalog_<family>.go).
var aiFamilies = []Family{
	openaiFamily,
	goopenaiFamily,
	anthropicFamily,
	genaiFamily,
	bedrockFamily,
	ollamaFamily,
	langchaingoFamily,
}
