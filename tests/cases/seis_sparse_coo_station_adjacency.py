# case: build a sparse COO station-adjacency matrix from neighbour pairs and smooth station amplitudes with it -> sparse tensor in construct, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class StationSmoother(nn.Cell):
    def __init__(self, n_stations):
        super().__init__()
        self.n_stations = n_stations

    def construct(self, pair_index, pair_weight, amplitudes):
        adj = COOTensor(pair_index, pair_weight, (self.n_stations, self.n_stations))
        dense = adj.to_dense()
        deg = dense.sum(axis=1) + 1.0
        return (ops.matmul(dense, amplitudes.reshape(-1, 1)).reshape(-1) + amplitudes) / deg


def make():
    np.random.seed(14)
    n = 6
    pairs = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [3, 4], [4, 3], [4, 5], [5, 4]], dtype=np.int32)
    w = np.random.rand(pairs.shape[0]).astype(np.float32)
    amps = np.random.rand(n).astype(np.float32)
    return StationSmoother(n), (Tensor(pairs), Tensor(w), Tensor(amps))
