# case: computes a logarithmic demand charge using math.log(float(peak)) inside construct -> float() of a tensor and math on it, error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandCharge(nn.Cell):
    def __init__(self, rate=4.5, floor_kw=1.0):
        super().__init__()
        self.rate = rate
        self.floor_kw = floor_kw

    def construct(self, load_kw):
        peak = float(load_kw.max())
        charge = self.rate * math.log(max(peak, self.floor_kw))
        return load_kw.sum() * 0.2 + charge


def make():
    np.random.seed(16)
    load = np.random.uniform(0.5, 7.5, size=(96,)).astype(np.float32)
    return DemandCharge(), (Tensor(load),)
