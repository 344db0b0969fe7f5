# case: envelope heat-loss helper calls math.exp on a tensor time constant inside construct -> error (math functions on tensors not supported in graph)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnvelopeDecay(nn.Cell):
    def __init__(self, dt_hours=1.0):
        super().__init__()
        self.dt = dt_hours

    def decay_factor(self, tau):
        return math.exp(-self.dt / tau)

    def construct(self, temp_in, temp_out, tau):
        a = self.decay_factor(tau)
        return temp_out + (temp_in - temp_out) * a


def make():
    np.random.seed(24)
    net = EnvelopeDecay()
    tin = Tensor((21.0 + np.random.rand(6)).astype(np.float32))
    tout = Tensor((0.0 + np.random.rand(6)).astype(np.float32))
    tau = Tensor(np.array(30.0, np.float32))
    return net, (tin, tout, tau)
