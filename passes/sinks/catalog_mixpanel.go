package sinks

// mixpanelFamily covers Mixpanel's official Go client,
// github.com/mixpanel/mixpanel-go (checked against v1.2.1). Every call is
// a method of *mixpanel.ApiClient taking ctx first; distinct IDs are
// listed as payload too, since they are often e-mail addresses. Events are
// built by (*ApiClient).NewEvent(name, distinctID, properties). Default
// host api.mixpanel.com (EU api-eu.mixpanel.com).
var mixpanelFamily = register(Family{
	Name:    "mixpanel",
	Kind:    KindAnalytics,
	Hosts:   []string{"api.mixpanel.com", "api-eu.mixpanel.com", "data.mixpanel.com", "data-eu.mixpanel.com"},
	Modules: []string{mixpanel},
	Entries: []Entry{
		// a1 []*Event{Name, Properties}.
		{Package: mixpanel, Receiver: "ApiClient", Name: "Track", Args: []int{1}, URLArg: -1, Display: "mixpanel Track"},
		{Package: mixpanel, Receiver: "ApiClient", Name: "Import", Args: []int{1}, URLArg: -1, Display: "mixpanel Import"},
		// a1 []*PeopleProperties{DistinctID, Properties}.
		{Package: mixpanel, Receiver: "ApiClient", Name: "PeopleSet", Args: []int{1}, URLArg: -1, Display: "mixpanel PeopleSet"},
		{Package: mixpanel, Receiver: "ApiClient", Name: "PeopleSetOnce", Args: []int{1}, URLArg: -1, Display: "mixpanel PeopleSetOnce"},
		// a1 distinctID, a2 the values.
		{Package: mixpanel, Receiver: "ApiClient", Name: "PeopleIncrement", Args: []int{1, 2}, URLArg: -1, Display: "mixpanel PeopleIncrement"},
		{Package: mixpanel, Receiver: "ApiClient", Name: "PeopleUnionProperty", Args: []int{1, 2}, URLArg: -1, Display: "mixpanel PeopleUnionProperty"},
		{Package: mixpanel, Receiver: "ApiClient", Name: "PeopleAppendListProperty", Args: []int{1, 2}, URLArg: -1, Display: "mixpanel PeopleAppendListProperty"},
		{Package: mixpanel, Receiver: "ApiClient", Name: "PeopleRemoveListProperty", Args: []int{1, 2}, URLArg: -1, Display: "mixpanel PeopleRemoveListProperty"},
		// a1 groupKey, a2 groupID, a3 the values.
		{Package: mixpanel, Receiver: "ApiClient", Name: "GroupSet", Args: []int{2, 3}, URLArg: -1, Display: "mixpanel GroupSet"},
		{Package: mixpanel, Receiver: "ApiClient", Name: "GroupSetOnce", Args: []int{2, 3}, URLArg: -1, Display: "mixpanel GroupSetOnce"},
		{Package: mixpanel, Receiver: "ApiClient", Name: "GroupUnionListProperty", Args: []int{2, 3}, URLArg: -1, Display: "mixpanel GroupUnionListProperty"},
		// Identity: both IDs.
		{Package: mixpanel, Receiver: "ApiClient", Name: "Alias", Args: []int{1, 2}, URLArg: -1, Display: "mixpanel Alias"},
		{Package: mixpanel, Receiver: "ApiClient", Name: "Merge", Args: []int{1, 2}, URLArg: -1, Display: "mixpanel Merge"},
	},
})

const mixpanel = "github.com/mixpanel/mixpanel-go"
