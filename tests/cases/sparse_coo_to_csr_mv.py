# case: COO adjacency passed in, converted with to_csr() and used for sparse matrix-vector PageRank steps; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class PageRank(nn.Cell):
    def __init__(self, iters=3, damping=0.85):
        super().__init__()
        self.iters = iters
        self.damping = damping

    def construct(self, adj, r):
        csr = adj.to_csr()
        n = r.shape[0]
        for _ in range(self.iters):
            r = self.damping * csr.mv(r) + (1 - self.damping) / n
        return r


def make():
    idx = np.array([[0, 1], [1, 2], [2, 0], [2, 3], [3, 1]], np.int32)
    vals = np.array([1.0, 1.0, 0.5, 0.5, 1.0], np.float32)
    adj = COOTensor(Tensor(idx), Tensor(vals), (4, 4))
    r = Tensor(np.full((4, 1), 0.25, np.float32))
    return PageRank(), (adj, r)
