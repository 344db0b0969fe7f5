# case: spatio-temporal layer builds a sparse COO sensor graph from thresholded correlations (nonzero + COOTensor) -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class CorrelationGraphConv(nn.Cell):
    def __init__(self, window=16, hidden=8, tau=0.3):
        super().__init__()
        self.tau = tau
        self.lin = nn.Dense(window, hidden)

    def correlation(self, x):
        # x: (N sensors, T)
        xc = x - x.mean(axis=1, keep_dims=True)
        xn = xc / (ops.norm(xc, dim=1, keepdim=True) + 1e-6)
        return ops.matmul(xn, xn.T)

    def build_graph(self, x):
        corr = self.correlation(x)
        edges = ops.nonzero(ops.abs(corr) > self.tau)
        weights = ops.gather_nd(corr, edges)
        n = x.shape[0]
        return COOTensor(edges, weights, (n, n))

    def construct(self, x):
        adj = self.build_graph(x)
        h = self.lin(x)
        return ops.matmul(adj.to_dense(), h)


def make():
    np.random.seed(12)
    base = np.random.randn(1, 16)
    x = (base + 0.5 * np.random.randn(6, 16)).astype(np.float32)
    return CorrelationGraphConv(), (Tensor(x),)
