"""English-language knowledge and text primitives, the bottom layer of the pipeline.

The only home of word and sentence splitting (``words``, ``sentences``) and of the
lexicon every stage shares: stop words, names and titles, months, speech verbs,
connectives and page furniture. Imports nothing from ``briefing`` outside ``lang``.
"""
