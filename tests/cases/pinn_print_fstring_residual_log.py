# case: training-step Cell logs the residual and boundary losses with print(f"...") of tensor values inside construct -> f-string of tensors in Graph mode, expected to need JIT fallback or fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AllenCahn(nn.Cell):
    def __init__(self, width=16, eps2=1e-4):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))
        self.eps2 = eps2

    def construct(self, xt):
        u = self.net(xt)
        return u, 5.0 * (u ** 3 - u)


class LossWithLog(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.pde = AllenCahn()
        self.verbose = verbose

    def construct(self, xt, xt_b, u_b):
        _, r = self.pde(xt)
        ub_pred, _ = self.pde(xt_b)
        l_r = (r ** 2).mean()
        l_b = ((ub_pred - u_b) ** 2).mean()
        if self.verbose:
            print(f"residual={l_r} boundary={l_b} max|r|={ops.abs(r).max()}")
        return l_r + 10.0 * l_b


def make():
    np.random.seed(19)
    xt = Tensor(np.random.rand(24, 2).astype(np.float32))
    xt_b = Tensor(np.random.rand(6, 2).astype(np.float32))
    u_b = Tensor(np.ones((6, 1), np.float32))
    return LossWithLog(), (xt, xt_b, u_b)
