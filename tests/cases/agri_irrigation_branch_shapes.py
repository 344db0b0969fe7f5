# case: returns a per-zone irrigation schedule whose width depends on whether mean soil moisture is below a trigger -> tensor-valued if with different branch shapes, graph error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IrrigationPlanner(nn.Cell):
    def __init__(self, trigger=0.25, minutes_per_unit=30.0):
        super().__init__()
        self.trigger = trigger
        self.minutes_per_unit = minutes_per_unit

    def construct(self, moisture, et0):
        deficit = ops.relu(self.trigger - moisture)
        if moisture.mean() < self.trigger:
            schedule = ops.concat((deficit * self.minutes_per_unit, et0), axis=1)
        else:
            schedule = deficit * self.minutes_per_unit
        return schedule


def make():
    np.random.seed(5)
    moisture = Tensor(np.random.rand(6, 4).astype(np.float32) * 0.4)
    et0 = Tensor(np.random.rand(6, 4).astype(np.float32) * 5)
    return IrrigationPlanner(), (moisture, et0)
