# case: conditioning layer adds the chord embedding only if any chord id is non-zero (if on a tensor value), but both branches keep the hidden shape -> tensor-valued control flow with equal shapes, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class AddChordConfig:
    d_model = 16
    n_chords = 13
    chord_scale = 0.5

class AdditiveChordConditioner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.chord_emb = nn.Embedding(config.n_chords, config.d_model)
        self.scale = config.chord_scale
        self.norm = nn.LayerNorm((config.d_model,))

    def construct(self, hidden, chord_ids):
        if (chord_ids > 0).any():
            out = hidden + self.scale * self.chord_emb(chord_ids)
        else:
            out = hidden
        return self.norm(out)

def make():
    np.random.seed(3738)
    m = AdditiveChordConditioner(AddChordConfig())
    hidden = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    chords = Tensor(np.random.randint(0, 13, size=(2, 8)).astype(np.int32))
    return m, (hidden, chords)
