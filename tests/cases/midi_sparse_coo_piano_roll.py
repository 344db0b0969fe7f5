# case: builds a sparse COO piano roll from note (time, pitch) indices and velocities and converts it to dense -> sparse tensor creation inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseRollBuilder(nn.Cell):
    def __init__(self, num_steps=32, num_pitches=88):
        super().__init__()
        self.shape = (num_steps, num_pitches)

    def construct(self, indices, velocities):
        sparse = COOTensor(indices, velocities, self.shape)
        dense = sparse.to_dense()
        return dense / 127.0


def make():
    np.random.seed(17)
    t = np.random.randint(0, 32, size=10)
    p = np.random.randint(0, 88, size=10)
    idx = np.unique(np.stack([t, p], axis=1), axis=0).astype(np.int32)
    vel = np.random.randint(1, 128, size=idx.shape[0]).astype(np.float32)
    return SparseRollBuilder(), (Tensor(idx), Tensor(vel))
