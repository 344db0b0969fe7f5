# case: initial-condition loss selects the t == 0 rows of the collocation set with boolean-mask indexing -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeatNet(nn.Cell):
    def __init__(self, width=24):
        super().__init__()
        self.fc1 = nn.Dense(2, width)
        self.fc2 = nn.Dense(width, width)
        self.out = nn.Dense(width, 1)
        self.act = nn.Tanh()

    def construct(self, xt):
        h = self.act(self.fc1(xt))
        h = self.act(self.fc2(h))
        return self.out(h)


class ICLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.u = HeatNet()

    def construct(self, xt):
        is_initial = xt[:, 1] == 0.0
        x0 = xt[is_initial]
        u0 = self.u(x0).squeeze(-1)
        target = ops.sin(3.14159 * x0[:, 0])
        return ops.mean((u0 - target) ** 2)


def make():
    np.random.seed(3)
    xt = np.random.rand(32, 2).astype(np.float32)
    xt[:8, 1] = 0.0
    return ICLoss(), (Tensor(xt),)
