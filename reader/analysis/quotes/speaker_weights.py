"""The weights of the speaker options' features (speaker_options.FEATURES), fitted on
PolNeAR's dev articles by bench/fit_speakers.py. Data: regenerate, do not edit by hand."""

WEIGHTS = {
    "rule": 1.000,
}
