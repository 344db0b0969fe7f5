# case: dynamic network accumulates executed-layer FLOPs into a module-level global counter from inside construct -> global state mutation in graph, error or ignored
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FLOPS_USED = 0


class CountedDense(nn.Cell):
    def __init__(self, din, dout):
        super().__init__()
        self.fc = nn.Dense(din, dout)
        self.flops = din * dout

    def construct(self, x):
        global FLOPS_USED
        FLOPS_USED = FLOPS_USED + self.flops * x.shape[0]
        return self.fc(x)


class AdaptiveMLP(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.l1 = CountedDense(dim, dim)
        self.l2 = CountedDense(dim, dim)

    def construct(self, x):
        h = ops.relu(self.l1(x))
        if h.mean() > 0.1:
            h = ops.relu(self.l2(h))
        return h


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return AdaptiveMLP(), (x,)
