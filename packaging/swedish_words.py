"""Makes src/kopingplan/domain/swedish_words.txt: the Swedish words the passphrase estimator
(zxcvbn) adds to its dictionaries, one a line, most frequent first (rank = line number).

Run by hand, outside the project's environment, when the list should change:

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python packaging/swedish_words.py > src/kopingplan/domain/swedish_words.txt

Source: wordfreq 3.1.1 (Robyn Speer; code Apache-2.0, word lists CC BY-SA 4.0, built from
Wikipedia, OpenSubtitles, news and other corpora); see packaging/licenses/.
"""

from __future__ import annotations

COUNT = 30_000


def main() -> None:
    import wordfreq

    words: list[str] = []
    seen: set[str] = set()
    for word in wordfreq.top_n_list("sv", COUNT * 2):
        word = word.lower()
        if len(word) >= 3 and word.isalpha() and word not in seen:
            seen.add(word)
            words.append(word)
        if len(words) == COUNT:
            break
    print("\n".join(words))


if __name__ == "__main__":
    main()
