# case: stateful LIF neuron stores its membrane potential on self.v inside construct between calls -> error or silently unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StatefulLIF(nn.Cell):
    def __init__(self, n=16, tau=4.0, v_th=1.0):
        super().__init__()
        self.v = ops.zeros((n,), ms.float32)
        self.tau = tau
        self.v_th = v_th

    def reset_state(self):
        self.v = ops.zeros_like(self.v)

    def construct(self, x):
        self.v = self.v + (x - self.v) / self.tau
        spike = (self.v >= self.v_th).astype(ms.float32)
        self.v = self.v * (1.0 - spike)
        return spike


def make():
    np.random.seed(9)
    x = Tensor((np.random.rand(16) * 5).astype(np.float32))
    return StatefulLIF(), (x,)
