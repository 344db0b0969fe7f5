# case: ACT layer validates that cumulative halting probability never exceeds one and raises ValueError on a tensor condition -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HaltingUnit(nn.Cell):
    def __init__(self, dim=8, steps=3, check_numerics=True):
        super().__init__()
        self.core = nn.Dense(dim, dim)
        self.halt = nn.Dense(dim, 1)
        self.steps = steps
        self.check_numerics = check_numerics

    def halting(self, h, remaining):
        p = ops.sigmoid(self.halt(h)).squeeze(-1)
        return ops.minimum(p, remaining)

    def construct(self, x):
        h = x
        cum = ops.zeros((x.shape[0],), ms.float32)
        out = ops.zeros_like(x)
        for _ in range(self.steps):
            h = ops.tanh(self.core(h))
            p = self.halting(h, 1.0 - cum)
            out = out + p.expand_dims(-1) * h
            cum = cum + p
        if self.check_numerics:
            if cum.max() > 1.0 + 1e-5:
                raise ValueError("halting probabilities sum above one: " + str(cum.max()))
        return out, cum


def make():
    np.random.seed(25)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return HaltingUnit(), (x,)
