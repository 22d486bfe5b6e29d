"""``harness env-llm check``: is the configured environment LLM fit to grade and to play colleagues?"""
