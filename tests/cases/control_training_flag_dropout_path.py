# case: stochastic-depth block branches on self.training (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DropPathBlock(nn.Cell):
    def __init__(self, dim=8, p=0.2):
        super().__init__()
        self.fc1 = nn.Dense(dim, dim * 2)
        self.fc2 = nn.Dense(dim * 2, dim)
        self.act = nn.GELU()
        self.p = p

    def construct(self, x):
        y = self.fc2(self.act(self.fc1(x)))
        if self.training:
            keep = ops.bernoulli(ops.ones((x.shape[0], 1), ms.float32), p=1 - self.p)
            y = y * keep / (1 - self.p)
        return x + y


def make():
    net = DropPathBlock()
    net.set_train(True)
    return net, (Tensor(np.random.randn(4, 8).astype(np.float32)),)
