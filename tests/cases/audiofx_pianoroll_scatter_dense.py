# case: note events (frame, pitch) are scattered into a dense piano roll with ops.tensor_scatter_update on a zeros tensor of constructor shape -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensePianoRoll(nn.Cell):
    def __init__(self, n_frames=16, n_pitches=24):
        super().__init__()
        self.n_frames = n_frames
        self.n_pitches = n_pitches

    def construct(self, events, velocities, pred):
        roll = ops.zeros((self.n_frames, self.n_pitches), ms.float32)
        roll = ops.tensor_scatter_update(roll, events, velocities)
        return ((pred - roll) ** 2).mean()


def make():
    np.random.seed(26)
    ev = np.stack([np.arange(6) * 2, np.random.randint(0, 24, size=6)], 1).astype(np.int32)
    vel = np.random.rand(6).astype(np.float32)
    pred = Tensor(np.random.rand(16, 24).astype(np.float32))
    return DensePianoRoll(), (Tensor(ev), Tensor(vel), pred)
