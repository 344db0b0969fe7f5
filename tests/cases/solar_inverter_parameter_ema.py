# case: inverter yield tracker keeps an exponential moving average in a non-trainable Parameter updated with ops.assign -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class YieldEmaTracker(nn.Cell):
    def __init__(self, n_inverters=4, interval_h=0.25, momentum=0.9):
        super().__init__()
        self.interval_h = interval_h
        self.momentum = momentum
        self.ema = Parameter(Tensor(np.zeros((n_inverters,), np.float32)),
                             name="yield_ema", requires_grad=False)

    def construct(self, ac_power):
        energy = ac_power.sum(axis=1) * self.interval_h
        new_ema = self.momentum * self.ema + (1.0 - self.momentum) * energy
        ops.assign(self.ema, new_ema)
        deviation = (energy - new_ema) / (new_ema + 1e-6)
        return deviation


def make():
    np.random.seed(18)
    ac = np.random.uniform(0, 50, size=(4, 96)).astype(np.float32)
    return YieldEmaTracker(), (Tensor(ac),)
