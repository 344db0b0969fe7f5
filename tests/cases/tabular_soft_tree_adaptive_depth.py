# case: soft decision tree grows levels in a while loop that stops early on tensor purity, doubling leaf tensor width each iteration -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSoftTree(nn.Cell):
    """Soft oblique decision tree; stops routing deeper once leaves are confidently pure."""

    def __init__(self, in_dim=6, max_depth=3, n_classes=2, purity=0.98):
        super().__init__()
        self.max_depth = max_depth
        self.purity = purity
        self.routers = nn.CellList([nn.Dense(in_dim, 2 ** d) for d in range(max_depth)])
        self.leaf_logits = nn.CellList(
            [nn.Dense(2 ** (d + 1), n_classes, has_bias=False) for d in range(max_depth)])
        self.n_classes = n_classes

    def _split(self, mu, x, depth):
        p = ops.sigmoid(self.routers[depth](x))
        left = mu * p
        right = mu * (1 - p)
        return ops.stack((left, right), axis=2).reshape(mu.shape[0], -1)

    def construct(self, x):
        mu = ops.ones((x.shape[0], 1), ms.float32)
        out = ops.zeros((x.shape[0], self.n_classes), ms.float32)
        depth = 0
        while depth < self.max_depth and mu.max(axis=1).mean() < self.purity:
            mu = self._split(mu, x, depth)
            out = self.leaf_logits[depth](mu)
            depth += 1
        return out


def make():
    np.random.seed(6)
    ms.set_seed(6)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return AdaptiveSoftTree(), (x,)
