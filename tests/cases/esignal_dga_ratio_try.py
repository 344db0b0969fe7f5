# case: Duval triangle percentages computed inside a try/except that falls back to zeros on division issues -> try statement in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DuvalTriangle(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eps = 1e-6

    def construct(self, ch4, c2h4, c2h2):
        try:
            total = ch4 + c2h4 + c2h2
            pct = ops.stack([ch4, c2h4, c2h2], axis=-1) / total.expand_dims(-1) * 100.0
        except ZeroDivisionError:
            pct = ops.zeros((ch4.shape[0], 3), ms.float32)
        return pct


def make():
    np.random.seed(141)
    n = 10
    return DuvalTriangle(), tuple(Tensor((np.random.rand(n) * 100 + 1).astype(np.float32)) for _ in range(3))
