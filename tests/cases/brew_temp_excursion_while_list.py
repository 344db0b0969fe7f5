# case: walks a tank temperature log with a while loop on tensor values and appends every excursion above the set point to a Python list -> list grows in a data-dependent loop, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExcursionCollector(nn.Cell):
    def __init__(self, set_point=19.0, tolerance=1.5):
        super().__init__()
        self.limit = set_point + tolerance

    def construct(self, temps):
        excursions = []
        i = Tensor(0, ms.int32)
        n = temps.shape[0]
        while i < n:
            if temps[i] > self.limit:
                excursions.append(temps[i] - self.limit)
            i = i + 1
        if len(excursions) == 0:
            return ops.zeros((1,), ms.float32)
        return ops.stack(excursions)


def make():
    np.random.seed(6)
    temps = (19.0 + np.random.randn(10) * 1.2).astype(np.float32)
    temps[3] = 22.0
    return ExcursionCollector(), (Tensor(temps),)
