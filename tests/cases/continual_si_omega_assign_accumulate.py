# case: Synaptic Intelligence accumulates the path integral and previous weights into Parameters via ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SIAccumulator(nn.Cell):
    def __init__(self, in_dim=4, out_dim=3, si_c=0.5, damping=0.1):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        shape = (out_dim, in_dim)
        self.si_c = si_c
        self.damping = damping
        self.path_int = Parameter(ops.zeros(shape, ms.float32), name="path_int", requires_grad=False)
        self.prev_w = Parameter(self.fc.weight.value().copy(), name="prev_w", requires_grad=False)
        self.anchor = Parameter(self.fc.weight.value().copy(), name="anchor", requires_grad=False)
        self.omega = Parameter(ops.zeros(shape, ms.float32), name="omega", requires_grad=False)

    def accumulate(self, grad_w):
        delta = self.fc.weight - self.prev_w
        ops.assign(self.path_int, self.path_int - grad_w * delta)
        ops.assign(self.prev_w, self.fc.weight)

    def consolidate(self):
        total = self.fc.weight - self.anchor
        ops.assign(self.omega, self.omega + self.path_int / (total * total + self.damping))

    def construct(self, x, grad_w):
        self.accumulate(grad_w)
        self.consolidate()
        reg = self.si_c * (self.omega * ops.square(self.fc.weight - self.anchor)).sum()
        return self.fc(x).sum() + reg


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 4).astype(np.float32))
    g = Tensor(np.random.randn(3, 4).astype(np.float32))
    return SIAccumulator(), (x, g)
