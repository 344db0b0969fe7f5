# case: keeps only sounding notes (velocity > 0) with masked_select and averages their pitch embeddings -> masked_select gives a dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveNoteSummary(nn.Cell):
    def __init__(self, num_pitches=128, dim=16):
        super().__init__()
        self.pitch_embed = nn.Embedding(num_pitches, dim)
        self.out = nn.Dense(dim, 4)

    def construct(self, pitches, velocities):
        active = velocities > 0
        sounding = ops.masked_select(pitches, active)
        emb = self.pitch_embed(sounding)
        pooled = emb.sum(axis=0) / (emb.shape[0] + 1e-6)
        return self.out(pooled.reshape(1, -1))


def make():
    np.random.seed(1)
    pitches = Tensor(np.random.randint(21, 109, size=(32,)).astype(np.int32))
    vel = np.random.randint(0, 128, size=(32,))
    vel[::3] = 0
    return ActiveNoteSummary(), (pitches, Tensor(vel.astype(np.int32)))
