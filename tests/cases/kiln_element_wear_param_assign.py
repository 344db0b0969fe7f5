# case: kiln element wear tracker keeps the last peak temperature in a Parameter updated with ops.assign inside construct -> supported state update, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElementWear(nn.Cell):
    def __init__(self, n_elements=4):
        super().__init__()
        self.resist_gain = nn.Dense(n_elements, n_elements)
        self.last_peak = ms.Parameter(Tensor(np.zeros(n_elements, np.float32)),
                                      name="last_peak", requires_grad=False)

    def construct(self, element_temps):
        peak = element_temps.max(axis=0)
        drift = peak - self.last_peak
        ops.assign(self.last_peak, peak)
        return self.resist_gain(drift.expand_dims(0)).squeeze(0)


def make():
    np.random.seed(102)
    temps = np.random.uniform(1100, 1280, (30, 4)).astype(np.float32)
    return ElementWear(), (Tensor(temps),)
