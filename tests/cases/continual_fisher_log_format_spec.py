# case: online EWC logs the Fisher-weighted penalty with str.format and .item() on tensors -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class OnlineEWC(nn.Cell):
    def __init__(self, in_dim=4, out_dim=3, gamma=0.9, lam=10.0, verbose=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.gamma = gamma
        self.lam = lam
        self.verbose = verbose
        self.fisher = Parameter(ops.ones((out_dim, in_dim), ms.float32) * 0.1, name="fisher", requires_grad=False)
        self.anchor = Parameter(ops.zeros((out_dim, in_dim), ms.float32), name="anchor", requires_grad=False)

    def penalty(self):
        d = self.fc.weight - self.anchor
        return self.lam * (self.fisher * d * d).sum()

    def construct(self, x, y):
        loss = ops.cross_entropy(self.fc(x), y)
        pen = self.penalty()
        if self.verbose:
            print("task loss {:.4f} | ewc {:.4f}".format(loss.item(), pen.item()))
        return loss + pen


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    y = Tensor(np.array([0, 1, 2, 2, 1], dtype=np.int32))
    return OnlineEWC(), (x, y)
