# case: averages pitch embeddings over sounding notes by multiplying with a velocity>0 mask instead of selecting them -> fixed-size mask, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveNotePool(nn.Cell):
    def __init__(self, num_pitches=128, dim=16):
        super().__init__()
        self.pitch_embed = nn.Embedding(num_pitches, dim)
        self.out = nn.Dense(dim, 4)

    def construct(self, pitches, velocities):
        active = (velocities > 0).astype(ms.float32)
        emb = self.pitch_embed(pitches) * active.expand_dims(-1)
        pooled = emb.sum(axis=1) / ops.maximum(active.sum(axis=1, keepdims=True), 1.0)
        return self.out(pooled)


def make():
    np.random.seed(31)
    pitches = Tensor(np.random.randint(21, 109, size=(2, 32)).astype(np.int32))
    vel = np.random.randint(0, 128, size=(2, 32))
    vel[:, ::3] = 0
    return ActiveNotePool(), (pitches, Tensor(vel.astype(np.int32)))
