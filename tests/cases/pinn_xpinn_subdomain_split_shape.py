# case: XPINN splits the collocation batch into two subdomain halves at x.shape[0] // 2, runs one sub-network per half and adds an interface continuity term -> sizes from shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubNet(nn.Cell):
    def __init__(self, width=12):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))

    def construct(self, x):
        return self.net(x)


class XPINN(nn.Cell):
    def __init__(self, n_sub=2, w_iface=5.0):
        super().__init__()
        self.subnets = nn.CellList([SubNet() for _ in range(n_sub)])
        self.w_iface = w_iface

    def construct(self, pts, iface):
        half = pts.shape[0] // 2
        chunks = (pts[:half], pts[half:])
        loss = 0.0
        for i, net in enumerate(self.subnets):
            loss = loss + (net(chunks[i]) ** 2).mean()
        jump = self.subnets[0](iface) - self.subnets[1](iface)
        return loss + self.w_iface * (jump ** 2).mean()


def make():
    np.random.seed(39)
    pts = Tensor(np.random.rand(30, 2).astype(np.float32))
    iface = Tensor(np.stack([np.full(6, 0.5), np.linspace(0, 1, 6)], axis=1).astype(np.float32))
    return XPINN(), (pts, iface)
