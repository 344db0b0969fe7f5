# case: initial-condition loss uses ops.where to keep only t == 0 rows in a full-size weighted error -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeatNet(nn.Cell):
    def __init__(self, width=24):
        super().__init__()
        self.fc1 = nn.Dense(2, width)
        self.fc2 = nn.Dense(width, 1)
        self.act = nn.Tanh()

    def construct(self, xt):
        return self.fc2(self.act(self.fc1(xt)))


class ICLoss(nn.Cell):
    def __init__(self, wavenumber=1.0):
        super().__init__()
        self.u = HeatNet()
        self.k = wavenumber * 3.14159

    def construct(self, xt):
        t = xt[:, 1]
        u = self.u(xt).squeeze(-1)
        target = ops.sin(self.k * xt[:, 0])
        err = (u - target) ** 2
        err = ops.where(t == 0.0, err, ops.zeros_like(err))
        n0 = (t == 0.0).astype(ms.float32).sum()
        return err.sum() / ops.maximum(n0, 1.0)


def make():
    np.random.seed(4)
    xt = np.random.rand(32, 2).astype(np.float32)
    xt[:8, 1] = 0.0
    return ICLoss(), (Tensor(xt),)
