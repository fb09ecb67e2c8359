package sinks

// genaiFamily covers the Google Gen AI SDK, google.golang.org/genai
// (checked against v1.77.0), for both the Gemini API
// (generativelanguage.googleapis.com) and Vertex AI
// (*-aiplatform.googleapis.com). Models, Files, Batches, Caches and
// FileSearchStores have value receivers; Chat embeds Models, so
// chat.GenerateContent resolves to the Models entry. Chat history given to
// Chats.Create is sent again with every Chat.Send*.
var genaiFamily = register(Family{
	Name:    "genai",
	Kind:    KindAI,
	Hosts:   []string{"generativelanguage.googleapis.com", "aiplatform.googleapis.com", "*-aiplatform.googleapis.com", "aiplatform.*.rep.googleapis.com"},
	Modules: []string{genai},
	Entries: []Entry{
		// client.Models: a2 contents []*Content, a3 config (.SystemInstruction).
		{Package: genai, Receiver: "Models", Name: "GenerateContent", Args: []int{2, 3}, URLArg: -1, Display: "genai Models.GenerateContent"},
		{Package: genai, Receiver: "Models", Name: "GenerateContentStream", Args: []int{2, 3}, URLArg: -1, Display: "genai Models.GenerateContentStream"},
		{Package: genai, Receiver: "Models", Name: "EmbedContent", Args: []int{2, 3}, URLArg: -1, Display: "genai Models.EmbedContent"},
		{Package: genai, Receiver: "Models", Name: "CountTokens", Args: []int{2, 3}, URLArg: -1, Display: "genai Models.CountTokens"},
		{Package: genai, Receiver: "Models", Name: "ComputeTokens", Args: []int{2}, URLArg: -1, Display: "genai Models.ComputeTokens"},
		// a2 prompt string; EditImage a3 reference images, GenerateVideos a3 image.
		{Package: genai, Receiver: "Models", Name: "GenerateImages", Args: []int{2}, URLArg: -1, Display: "genai Models.GenerateImages"},
		{Package: genai, Receiver: "Models", Name: "EditImage", Args: []int{2, 3}, URLArg: -1, Display: "genai Models.EditImage"},
		{Package: genai, Receiver: "Models", Name: "GenerateVideos", Args: []int{2, 3}, URLArg: -1, Display: "genai Models.GenerateVideos"},
		// client.Chats.Create: a2 config (.SystemInstruction), a3 history.
		{Package: genai, Receiver: "Chats", Name: "Create", Args: []int{2, 3}, URLArg: -1, Display: "genai Chats.Create"},
		// Chat sends: a1 variadic parts.
		{Package: genai, Receiver: "Chat", Name: "SendMessage", Args: []int{1}, URLArg: -1, Display: "genai Chat.SendMessage"},
		{Package: genai, Receiver: "Chat", Name: "SendMessageStream", Args: []int{1}, URLArg: -1, Display: "genai Chat.SendMessageStream"},
		{Package: genai, Receiver: "Chat", Name: "Send", Args: []int{1}, URLArg: -1, Display: "genai Chat.Send"},
		{Package: genai, Receiver: "Chat", Name: "SendStream", Args: []int{1}, URLArg: -1, Display: "genai Chat.SendStream"},
		// Files: a1 io.Reader / a1 path whose file content is uploaded.
		{Package: genai, Receiver: "Files", Name: "Upload", Args: []int{1}, URLArg: -1, Display: "genai Files.Upload"},
		{Package: genai, Receiver: "Files", Name: "UploadFromPath", Args: []int{1}, URLArg: -1, Display: "genai Files.UploadFromPath"},
		{Package: genai, Receiver: "FileSearchStores", Name: "UploadToFileSearchStore", Args: []int{1}, URLArg: -1, Display: "genai FileSearchStores.UploadToFileSearchStore"},
		// Batches: a2 source (.InlinedRequests[].Contents); Caches: a2 config (.Contents, .SystemInstruction).
		{Package: genai, Receiver: "Batches", Name: "Create", Args: []int{2}, URLArg: -1, Display: "genai Batches.Create"},
		{Package: genai, Receiver: "Batches", Name: "CreateEmbeddings", Args: []int{2}, URLArg: -1, Display: "genai Batches.CreateEmbeddings"},
		{Package: genai, Receiver: "Caches", Name: "Create", Args: []int{2}, URLArg: -1, Display: "genai Caches.Create"},
		// Live (WebSocket): Connect a2 config (.SystemInstruction); Session sends a0.
		{Package: genai, Receiver: "Live", Name: "Connect", Args: []int{2}, URLArg: -1, Display: "genai Live.Connect"},
		{Package: genai, Receiver: "Session", Name: "SendClientContent", Args: []int{0}, URLArg: -1, Display: "genai Session.SendClientContent"},
		{Package: genai, Receiver: "Session", Name: "SendRealtimeInput", Args: []int{0}, URLArg: -1, Display: "genai Session.SendRealtimeInput"},
		// client.Interactions: a1 the whole request.
		{Package: genai + "/interactions", Receiver: "Interactions", Name: "Create", Args: []int{1}, URLArg: -1, Display: "genai Interactions.Create"},
	},
})

const genai = "google.golang.org/genai"
