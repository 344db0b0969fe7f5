# case: Heaviside spike Cell with a custom bprop implementing the arctan surrogate gradient, trained through ops.grad -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ATanSpike(nn.Cell):
    def __init__(self, alpha=2.0):
        super().__init__()
        self.alpha = alpha

    def construct(self, v):
        return (v >= 0).astype(ms.float32)

    def bprop(self, v, out, dout):
        sg = self.alpha / 2 / (1 + (np.pi / 2 * self.alpha * v) ** 2)
        return (dout * sg,)


class SpikingDense(nn.Cell):
    def __init__(self, n_in=6, n_out=4, v_th=0.5):
        super().__init__()
        self.fc = nn.Dense(n_in, n_out)
        self.spike = ATanSpike()
        self.v_th = v_th

    def construct(self, x):
        return self.spike(self.fc(x) - self.v_th).sum()


class GradWrapper(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net
        self.grad = ops.grad(net, grad_position=0)

    def construct(self, x):
        return self.grad(x)


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return GradWrapper(SpikingDense()), (x,)
