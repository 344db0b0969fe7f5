# case: sums appliance sub-meter loads using a generator expression inside construct -> generator expression may be unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApplianceAggregator(nn.Cell):
    def __init__(self, appliances=("hvac", "ev", "water_heater", "fridge")):
        super().__init__()
        self.appliances = appliances
        self.weights = (1.0, 1.0, 0.9, 1.0)

    def construct(self, sub_loads):
        n = len(self.appliances)
        total = sum(sub_loads[i] * self.weights[i] for i in range(n))
        return total


def make():
    np.random.seed(18)
    sub = np.random.uniform(0.0, 3.0, size=(4, 24)).astype(np.float32)
    return ApplianceAggregator(), (Tensor(sub),)
