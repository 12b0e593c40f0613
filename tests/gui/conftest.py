"""GUI tests run in English with its plural catalog ("1 participant", "2 participants"),
whatever the machine's locale: the autouse `_english_widgets` fixture in tests/conftest.py
installs it for every test that builds widgets, in this folder or elsewhere."""
