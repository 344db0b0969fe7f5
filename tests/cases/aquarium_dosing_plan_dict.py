# case: build a per-element dosing plan dict in construct, drop the trace elements whose dose rounds to zero with del, and return the remaining doses -> dict mutated with del keyed by tensor test, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ELEMENTS = ("calcium", "magnesium", "iodine", "strontium")


class TraceDosing(nn.Cell):
    def __init__(self, ml_per_unit=(2.0, 1.5, 0.05, 0.1)):
        super().__init__()
        self.ml_per_unit = ml_per_unit

    def construct(self, deficit):
        plan = {}
        for i in range(len(ELEMENTS)):
            plan[ELEMENTS[i]] = deficit[i] * self.ml_per_unit[i]
        for name in ELEMENTS:
            if plan[name] < 0.01:
                del plan[name]
        total = ops.zeros((), ms.float32)
        for name in plan:
            total = total + plan[name]
        return total


def make():
    np.random.seed(201)
    deficit = Tensor(np.array([12.0, 30.0, 0.1, 0.05], dtype=np.float32))
    return TraceDosing(), (deficit,)
