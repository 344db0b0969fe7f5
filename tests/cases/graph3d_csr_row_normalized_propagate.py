# case: APPNP-style propagation with a CSRTensor adjacency from sorted edges -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class APPNPProp(nn.Cell):
    def __init__(self, in_dim=5, num_classes=3, k_steps=3, alpha=0.1):
        super().__init__()
        self.k_steps = k_steps
        self.alpha = alpha
        self.lin = nn.Dense(in_dim, num_classes)

    def construct(self, x, indptr, col, vals):
        n = x.shape[0]
        adj = CSRTensor(indptr, col, vals, (n, n))
        h0 = self.lin(x)
        h = h0
        for _ in range(self.k_steps):
            h = (1 - self.alpha) * adj.mm(h) + self.alpha * h0
        return h


def make():
    np.random.seed(16)
    n, deg = 7, 3
    col = np.sort(np.random.randint(0, n, size=(n, deg)), axis=1).reshape(-1).astype(np.int32)
    indptr = (np.arange(n + 1) * deg).astype(np.int32)
    vals = np.full(n * deg, 1.0 / deg, dtype=np.float32)
    x = Tensor(np.random.randn(n, 5).astype(np.float32))
    return APPNPProp(), (x, Tensor(indptr), Tensor(col), Tensor(vals))
