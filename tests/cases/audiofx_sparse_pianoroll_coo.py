# case: note events (frame, pitch) are turned into a sparse COOTensor piano roll inside construct and densified for a frame-wise loss -> static or error (sparse tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparsePianoRoll(nn.Cell):
    def __init__(self, n_frames=16, n_pitches=24):
        super().__init__()
        self.shape = (n_frames, n_pitches)

    def construct(self, events, velocities, pred):
        roll = COOTensor(events, velocities, self.shape)
        target = roll.to_dense()
        return ((pred - target) ** 2).mean()


def make():
    np.random.seed(25)
    frames = np.random.randint(0, 16, size=6)
    pitches = np.random.randint(0, 24, size=6)
    ev = np.unique(np.stack([frames, pitches], 1), axis=0).astype(np.int32)
    vel = np.random.rand(ev.shape[0]).astype(np.float32)
    pred = Tensor(np.random.rand(16, 24).astype(np.float32))
    return SparsePianoRoll(), (Tensor(ev), Tensor(vel), pred)
