# case: transcription head receives a padded note table and the number of valid notes as a tensor, slices notes[:n] -> error or dynamic (slice bound from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoteEmbedder(nn.Cell):
    def __init__(self, n_pitches=128, dim=16):
        super().__init__()
        self.embed = nn.Embedding(n_pitches, dim)
        self.vel_proj = nn.Dense(1, dim)

    def construct(self, pitches, velocities, n_notes):
        valid_p = pitches[:n_notes]
        valid_v = velocities[:n_notes]
        e = self.embed(valid_p) + self.vel_proj(valid_v.expand_dims(-1))
        return e.mean(axis=0)


def make():
    np.random.seed(4)
    pitches = Tensor(np.random.randint(40, 90, size=(12,)).astype(np.int32))
    vel = Tensor(np.random.rand(12).astype(np.float32))
    n = Tensor(7, ms.int32)
    return NoteEmbedder(), (pitches, vel, n)
