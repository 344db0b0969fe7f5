# case: membrane decay computed with math.exp on a learnable tensor time constant -> error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LearnableTauLIF(nn.Cell):
    def __init__(self, tau_init=5.0, dt=1.0):
        super().__init__()
        self.tau = Parameter(Tensor(tau_init, ms.float32), name="tau")
        self.dt = dt

    def construct(self, x_seq):
        alpha = math.exp(-self.dt / self.tau)
        v = ops.zeros_like(x_seq[0])
        spikes = []
        for t in range(x_seq.shape[0]):
            v = alpha * v + (1 - alpha) * x_seq[t]
            s = (v > 0.3).astype(ms.float32)
            v = v - s * 0.3
            spikes.append(s)
        return ops.stack(spikes, axis=0)


def make():
    np.random.seed(14)
    x = Tensor(np.random.rand(4, 3, 6).astype(np.float32))
    return LearnableTauLIF(), (x,)
