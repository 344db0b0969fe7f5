# case: Duval triangle percentages guarded with an epsilon and ops.where (three-argument) for empty samples -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DuvalTriangle(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, ch4, c2h4, c2h2):
        total = ch4 + c2h4 + c2h2
        pct = ops.stack([ch4, c2h4, c2h2], axis=-1) / (total.expand_dims(-1) + self.eps) * 100.0
        valid = (total > self.eps).expand_dims(-1).broadcast_to(pct.shape)
        return ops.where(valid, pct, ops.zeros_like(pct))


def make():
    np.random.seed(142)
    n = 10
    g = [(np.random.rand(n) * 100 + 1).astype(np.float32) for _ in range(3)]
    g[0][3] = 0.0; g[1][3] = 0.0; g[2][3] = 0.0
    return DuvalTriangle(), tuple(Tensor(x) for x in g)
