# case: sheet inspection Cell prints an f-string of the measured dot gain tensor for the press log inside construct -> f-string / print of tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DotGainInspector(nn.Cell):
    def __init__(self, nominal_tone=0.5, max_gain=0.18):
        super().__init__()
        self.nominal_tone = nominal_tone
        self.max_gain = max_gain

    def murray_davies(self, d_tint, d_solid):
        return (1.0 - ops.pow(10.0, -d_tint)) / (1.0 - ops.pow(10.0, -d_solid))

    def construct(self, d_tint, d_solid):
        area = self.murray_davies(d_tint, d_solid)
        gain = area - self.nominal_tone
        print(f"sheet dot gain per unit: {gain}")
        return gain > self.max_gain


def make():
    np.random.seed(18)
    d_tint = np.random.uniform(0.45, 0.6, (4,)).astype(np.float32)
    d_solid = np.random.uniform(1.35, 1.5, (4,)).astype(np.float32)
    return DotGainInspector(), (Tensor(d_tint), Tensor(d_solid))
