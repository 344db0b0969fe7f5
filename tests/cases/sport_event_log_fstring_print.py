# case: log each detected tackle with print of an f-string holding tensor values inside construct -> print/f-string of tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TackleDetector(nn.Cell):
    def __init__(self, radius=1.5):
        super().__init__()
        self.radius = radius

    def construct(self, att_xy, def_xy):
        d = ops.norm(att_xy - def_xy, dim=1)
        close = (d < self.radius).astype(ms.float32)
        n_tackles = close.sum()
        closest = d.min()
        print(f"tackles={n_tackles} closest={closest}")
        return close, n_tackles


def make():
    np.random.seed(14)
    a = (np.random.rand(30, 2) * 10).astype(np.float32)
    b = (a + np.random.randn(30, 2) * 2).astype(np.float32)
    return TackleDetector(), (Tensor(a), Tensor(b))
