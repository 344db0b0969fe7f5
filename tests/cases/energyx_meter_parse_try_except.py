# case: normalises meter readings and wraps the division in try/except for zero capacity -> try/except in construct is not supported in Graph mode (error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapacityNormaliser(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, readings, capacity):
        try:
            ratio = readings / capacity
        except ZeroDivisionError:
            ratio = readings / (capacity + self.eps)
        return ops.clip_by_value(ratio, 0.0, 1.0)


def make():
    np.random.seed(11)
    readings = np.random.uniform(0.0, 5.0, size=(6, 24)).astype(np.float32)
    capacity = np.random.uniform(4.0, 8.0, size=(6, 1)).astype(np.float32)
    return CapacityNormaliser(), (Tensor(readings), Tensor(capacity))
