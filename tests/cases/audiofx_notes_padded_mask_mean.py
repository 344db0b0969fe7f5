# case: transcription head averages note embeddings over a padded table using a length mask built from arange < n_notes -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedNoteEmbedder(nn.Cell):
    def __init__(self, n_pitches=128, dim=16, max_notes=12):
        super().__init__()
        self.embed = nn.Embedding(n_pitches, dim)
        self.vel_proj = nn.Dense(1, dim)
        self.max_notes = max_notes

    def length_mask(self, n_notes):
        idx = ops.arange(0, self.max_notes, dtype=ms.int32)
        return (idx < n_notes).astype(ms.float32)

    def construct(self, pitches, velocities, n_notes):
        e = self.embed(pitches) + self.vel_proj(velocities.expand_dims(-1))
        m = self.length_mask(n_notes).expand_dims(-1)
        denom = ops.maximum(m.sum(), 1.0)
        return (e * m).sum(axis=0) / denom


def make():
    np.random.seed(5)
    pitches = Tensor(np.random.randint(40, 90, size=(12,)).astype(np.int32))
    vel = Tensor(np.random.rand(12).astype(np.float32))
    n = Tensor(7, ms.int32)
    return MaskedNoteEmbedder(), (pitches, vel, n)
