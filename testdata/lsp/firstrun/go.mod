module example.com/firstrun

go 1.22
