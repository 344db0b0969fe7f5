# case: mixture-of-experts router converts the argmax tensor with int() and indexes a CellList with it; expect static at LAX and STRICT (compiled as a switch over layers)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExpertRouter(nn.Cell):
    def __init__(self, d=8, n_experts=3):
        super().__init__()
        self.gate = nn.Dense(d, n_experts)
        self.experts = nn.CellList([nn.Dense(d, d) for _ in range(n_experts)])

    def construct(self, x):
        g = self.gate(x.mean(axis=0))
        best = int(g.argmax())
        return self.experts[best](x)


def make():
    return ExpertRouter(), (Tensor(np.ones((4, 8), np.float32)),)
