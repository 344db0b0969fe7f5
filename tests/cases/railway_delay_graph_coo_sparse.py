# case: knock-on delay spread over a station graph held as a COOTensor and multiplied with ops.sparse matmul -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseDelaySpread(nn.Cell):
    def __init__(self, n_stations=8):
        super().__init__()
        src = np.arange(n_stations - 1, dtype=np.int32)
        self.indices = Tensor(np.stack([src, src + 1], axis=1))
        self.values = Tensor(np.full(n_stations - 1, 0.6, np.float32))
        self.shape = (n_stations, n_stations)

    def construct(self, delay):
        adj = COOTensor(self.indices, self.values, self.shape)
        spread = adj.to_dense()
        out = ops.matmul(delay, spread)
        return ops.maximum(delay, out)


def make():
    np.random.seed(15)
    d = Tensor(np.random.uniform(0, 10, size=(3, 8)).astype(np.float32))
    return SparseDelaySpread(), (d,)
