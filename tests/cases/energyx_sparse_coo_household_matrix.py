# case: builds a COO sparse household-by-hour event matrix in construct and converts it to dense -> sparse tensor in construct, may be unsupported in Graph mode on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class EventMatrix(nn.Cell):
    def __init__(self, n_households=6, n_hours=24):
        super().__init__()
        self.shape = (n_households, n_hours)

    def construct(self, indices, energy):
        events = COOTensor(indices, energy, self.shape)
        dense = events.to_dense()
        return dense.sum(axis=1)


def make():
    np.random.seed(15)
    hh = np.random.randint(0, 6, size=(10,))
    hr = np.random.randint(0, 24, size=(10,))
    idx = np.stack([hh, hr], axis=1).astype(np.int32)
    energy = np.random.uniform(0.5, 3.0, size=(10,)).astype(np.float32)
    return EventMatrix(), (Tensor(idx), Tensor(energy))
