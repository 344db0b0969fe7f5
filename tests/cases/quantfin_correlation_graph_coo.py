# case: propagate asset signals over a sparse correlation graph built as a COOTensor from fixed edge lists and multiplied with the dense signal -> sparse tensor in construct, may be unsupported in Graph mode on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class GraphMomentum(nn.Cell):
    def __init__(self, n_assets=6, alpha=0.3):
        super().__init__()
        self.n_assets = n_assets
        self.alpha = alpha

    def construct(self, edge_idx, edge_w, signal):
        adj = COOTensor(edge_idx, edge_w, (self.n_assets, self.n_assets))
        spread = adj.to_dense()
        deg = spread.sum(axis=1) + 1e-6
        smoothed = ops.mv(spread, signal) / deg
        return (1 - self.alpha) * signal + self.alpha * smoothed


def make():
    np.random.seed(26)
    edges = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [3, 4], [4, 3], [4, 5], [5, 4]], np.int32)
    w = np.random.rand(len(edges)).astype(np.float32)
    signal = Tensor(np.random.randn(6).astype(np.float32))
    return GraphMomentum(), (Tensor(edges), Tensor(w), signal)
