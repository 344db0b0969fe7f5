# case: chord-conditioning helper wraps the chord embedding lookup in try/except to fall back to a "no chord" vector when chord ids are missing or malformed -> try/except in construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NO_CHORD = 0

class ChordConfig:
    n_chords = 25
    d_model = 16
    use_chords = True

class ChordConditioner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_chords = config.use_chords
        self.chord_emb = nn.Embedding(config.n_chords, config.d_model)

    def _lookup(self, chord_ids, like):
        try:
            return self.chord_emb(chord_ids)
        except (TypeError, ValueError):
            return ops.zeros_like(like)

    def construct(self, hidden, chord_ids=None):
        if self.use_chords:
            hidden = hidden + self._lookup(chord_ids, hidden)
        return hidden

def make():
    np.random.seed(3732)
    c = ChordConditioner(ChordConfig())
    hidden = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    chords = Tensor(np.random.randint(0, 25, size=(2, 8)).astype(np.int32))
    return c, (hidden, chords)
