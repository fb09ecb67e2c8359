module example.com/lspapp

go 1.26
