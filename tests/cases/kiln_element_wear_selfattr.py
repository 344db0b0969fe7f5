# case: kiln element wear tracker stores the last peak temperature on self inside construct for the next firing's comparison -> self attribute written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElementWear(nn.Cell):
    def __init__(self, n_elements=4):
        super().__init__()
        self.resist_gain = nn.Dense(n_elements, n_elements)
        self.last_peak = Tensor(np.zeros(n_elements, np.float32))

    def construct(self, element_temps):
        peak = element_temps.max(axis=0)
        drift = peak - self.last_peak
        self.last_peak = peak
        return self.resist_gain(drift.expand_dims(0)).squeeze(0)


def make():
    np.random.seed(101)
    temps = np.random.uniform(1100, 1280, (30, 4)).astype(np.float32)
    return ElementWear(), (Tensor(temps),)
