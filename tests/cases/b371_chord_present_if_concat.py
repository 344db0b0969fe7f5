# case: conditioning layer appends chord-embedding tokens to the sequence only if any chord id is non-zero (if on a tensor value), so the two branches return different sequence lengths -> Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class PrefixConfig:
    d_model = 16
    n_chords = 13
    n_prefix = 4

class ChordPrefixConditioner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.chord_emb = nn.Embedding(config.n_chords, config.d_model)
        self.n_prefix = config.n_prefix

    def _prefix(self, chord_ids):
        return self.chord_emb(chord_ids[:, :self.n_prefix])

    def construct(self, hidden, chord_ids):
        if (chord_ids > 0).any():
            hidden = ops.concat([self._prefix(chord_ids), hidden], axis=1)
        return hidden

def make():
    np.random.seed(3737)
    m = ChordPrefixConditioner(PrefixConfig())
    hidden = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    chords = Tensor(np.random.randint(0, 13, size=(2, 8)).astype(np.int32))
    return m, (hidden, chords)
