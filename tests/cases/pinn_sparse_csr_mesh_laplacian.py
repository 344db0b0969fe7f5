# case: mesh Laplacian smoothing layer builds a CSRTensor from COO edge indices and weights inside construct and multiplies node features with it -> sparse tensors in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaplacianSmoother(nn.Cell):
    def __init__(self, n_nodes=8, feat=3, alpha=0.5):
        super().__init__()
        self.n_nodes = n_nodes
        self.alpha = alpha
        self.proj = nn.Dense(feat, feat)

    def build_operator(self, indices, weights):
        coo = ms.COOTensor(indices, weights, (self.n_nodes, self.n_nodes))
        return coo.to_csr()

    def construct(self, h, indices, weights):
        lap = self.build_operator(indices, weights)
        smoothed = lap.mm(h)
        return self.proj(h - self.alpha * smoothed)


def make():
    np.random.seed(25)
    n = 8
    rows, cols = [], []
    for i in range(n):
        for j in ((i - 1) % n, (i + 1) % n):
            rows.append(i)
            cols.append(j)
    idx = Tensor(np.stack([rows, cols], axis=1).astype(np.int32))
    w = Tensor(np.full(len(rows), 0.5, np.float32))
    h = Tensor(np.random.randn(n, 3).astype(np.float32))
    return LaplacianSmoother(), (h, idx, w)
