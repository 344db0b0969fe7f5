# case: ALIF neuron with a threshold-adaptation sub-Cell updating a fixed-shape adaptation variable each step -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdAdaptation(nn.Cell):
    def __init__(self, rho=0.95, beta_a=0.2, b0=0.5):
        super().__init__()
        self.rho = rho
        self.beta_a = beta_a
        self.b0 = b0

    def construct(self, a, spikes):
        a = self.rho * a + (1 - self.rho) * spikes
        return a, self.b0 + self.beta_a * a


class ALIF(nn.Cell):
    def __init__(self, n_in=8, n_hid=6, decay=0.9):
        super().__init__()
        self.fc = nn.Dense(n_in, n_hid)
        self.adapt = ThresholdAdaptation()
        self.decay = decay

    def construct(self, x_seq):
        b = x_seq.shape[1]
        v = ops.zeros((b, 6), ms.float32)
        a = ops.zeros((b, 6), ms.float32)
        s = ops.zeros((b, 6), ms.float32)
        out = []
        for t in range(x_seq.shape[0]):
            a, th = self.adapt(a, s)
            v = self.decay * v + self.fc(x_seq[t]) - s * th
            s = (v > th).astype(ms.float32)
            out.append(s)
        return ops.stack(out, axis=1)


def make():
    np.random.seed(49)
    x = Tensor(np.random.rand(5, 2, 8).astype(np.float32))
    return ALIF(), (x,)
