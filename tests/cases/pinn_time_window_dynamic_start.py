# case: time-marching PINN trains on a window of time slices x[:, start:start+width] where start is a tensor advanced by the trainer -> slice bounds from tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpaceTimeNet(nn.Cell):
    def __init__(self, n_x=8, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(n_x, width), nn.Tanh(), nn.Dense(width, n_x))

    def construct(self, u):
        return self.net(u)


class WindowLoss(nn.Cell):
    def __init__(self, window=3):
        super().__init__()
        self.model = SpaceTimeNet()
        self.window = window

    def construct(self, field, start):
        # field: (n_x, n_t) reference solution snapshots
        chunk = field[:, start:start + self.window]
        inp = chunk[:, :-1].T
        tgt = chunk[:, 1:].T
        pred = self.model(inp)
        return ((pred - tgt) ** 2).mean()


def make():
    np.random.seed(34)
    x = np.linspace(0, 1, 8)[:, None]
    t = np.linspace(0, 1, 10)[None, :]
    field = Tensor((np.sin(np.pi * x) * np.exp(-t)).astype(np.float32))
    return WindowLoss(), (field, Tensor(2, ms.int32))
