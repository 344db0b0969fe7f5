# case: Synaptic Intelligence tracks the previous loss by writing a plain tensor attribute on self inside construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SynapticIntelligence(nn.Cell):
    def __init__(self, in_dim=4, out_dim=2, c=0.1, xi=1e-3):
        super().__init__()
        self.layer = nn.Dense(in_dim, out_dim)
        self.c = c
        self.xi = xi
        shape = (out_dim, in_dim)
        self.omega = Parameter(ops.zeros(shape, ms.float32), name="omega", requires_grad=False)
        self.w_star = Parameter(ops.zeros(shape, ms.float32), name="w_star", requires_grad=False)
        self.prev_loss = Tensor(0.0, ms.float32)

    def surrogate(self):
        diff = self.layer.weight - self.w_star
        return self.c * (self.omega * diff * diff).sum()

    def construct(self, x, target):
        pred = self.layer(x)
        loss = ops.mse_loss(pred, target)
        delta = loss - self.prev_loss
        # path integral contribution, approximated with the loss delta
        contrib = ops.abs(delta) / (ops.square(self.layer.weight - self.w_star) + self.xi)
        ops.assign(self.omega, self.omega + contrib * 1e-3)
        self.prev_loss = loss
        return loss + self.surrogate()


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    t = Tensor(np.random.randn(3, 2).astype(np.float32))
    return SynapticIntelligence(), (x, t)
