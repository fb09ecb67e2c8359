package fieldprecise

import (
	"fmt"
	"net/http"
	"strings"
)

// A chat bot's event handler keeps the parsed message and the ids it
// replies to in a struct it points to from the action's data
// (Feishu-OpenAI's ActionInfo.info, issue 19).
type msgInfo struct {
	msgID string
	text  string
}

type actionInfo struct {
	info *msgInfo
}

type action interface{ execute(a *actionInfo) bool }

// modeAction replies to the message by its id: the text only decides
// whether it runs.
type modeAction struct{}

func (modeAction) execute(a *actionInfo) bool {
	if strings.HasPrefix(a.info.text, "/mode") {
		http.Get("https://chat.example.com/reply/" + a.info.msgID)
		return false
	}
	return true
}

// chatAction sends the text to a model.
type chatAction struct{}

func (chatAction) execute(a *actionInfo) bool {
	http.Post("https://llm.example.com/v1/chat", "text/plain", strings.NewReader(a.info.text))
	return true
}

func run(data *actionInfo, actions ...action) {
	for _, a := range actions {
		if !a.execute(data) {
			return
		}
	}
}

// The struct a field points to keeps its fields apart: the id is sent
// to the chat, the text to the model.
func handleMessage(id string, d Doc) {
	info := msgInfo{msgID: id, text: d.Content}
	data := &actionInfo{info: &info}
	http.Get("https://chat.example.com/reply/" + data.info.msgID)
	// The reply (http.Get) carries the id only; the model gets the text.
	run(data, modeAction{}, chatAction{})                                                         // want `pii data \(Doc.Content\) reaches an HTTP request \(http.Post\)`
	http.Post("https://llm.example.com/v1/chat", "text/plain", strings.NewReader(data.info.text)) // want `pii data \(Doc.Content\) reaches an HTTP request \(http.Post\)`
}

// A pointer to the whole struct, and a value that holds the text, still
// carry it.
func handleWhole(d Doc) {
	info := &msgInfo{text: d.Content}
	data := &actionInfo{info: info}
	sendAny(data.info) // want `pii data \(Doc.Content\) reaches an HTTP request \(http.Post\)`
	copied := *data.info
	sendAny(copied) // want `pii data \(Doc.Content\) reaches an HTTP request \(http.Post\)`
}

func sendAny(v any) {
	http.Post("https://hooks.example.com/x", "text/plain", strings.NewReader(fmt.Sprintf("%+v", v)))
}
