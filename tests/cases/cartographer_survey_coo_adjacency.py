# case: smooth station heights over a survey network stored as an ms.COOTensor adjacency matrix -> sparse tensor in construct, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NetworkSmoother(nn.Cell):
    def __init__(self, n_stations=10):
        super().__init__()
        self.shape = (n_stations, n_stations)

    def construct(self, edges, weights, heights):
        adj = ms.COOTensor(edges, weights, self.shape)
        dense = adj.to_dense()
        deg = dense.sum(1, keepdims=True)
        smoothed = ops.matmul(dense, heights.reshape(-1, 1)) / ops.maximum(deg, 1e-6)
        return smoothed.squeeze(-1)


def make():
    np.random.seed(51)
    pairs = [(i, (i + 1) % 10) for i in range(10)] + [((i + 1) % 10, i) for i in range(10)]
    edges = np.array(pairs, np.int32)
    w = np.random.rand(len(pairs)).astype(np.float32) + 0.5
    h = (np.random.rand(10) * 100.0).astype(np.float32)
    return NetworkSmoother(), (Tensor(edges), Tensor(w), Tensor(h))
