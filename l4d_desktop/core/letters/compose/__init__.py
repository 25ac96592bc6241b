"""One module per letter: the blocks a letter is made of, from its context and the catalogues."""
