# case: an @ms.jit function creates a jit_class ink tracker and adds each colour station's usage to its running total -> jit_class instance attribute mutated inside the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class InkTracker:
    def __init__(self, reserve):
        self.reserve = reserve
        self.used = 0.0

    def draw(self, amount):
        self.used = self.used + amount
        return self.reserve - self.used


@ms.jit
def station_usage(coverage, grams_per_unit):
    tracker = InkTracker(500.0)
    left = tracker.reserve
    for i in range(4):
        left = tracker.draw(coverage[i].sum() * grams_per_unit)
    return left, tracker.used


def make():
    np.random.seed(191)
    cov = np.random.rand(4, 10, 10).astype(np.float32)
    return station_usage, (Tensor(cov), Tensor(np.float32(1.5)))
