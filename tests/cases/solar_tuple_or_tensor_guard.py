# case: yield feature builder accepts either a tuple of (ghi, temp) tensors or one stacked tensor, chosen by an isinstance guard -> type guard resolved at compile time, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldFeatures(nn.Cell):
    def __init__(self, ghi_scale=1000.0, temp_scale=40.0):
        super().__init__()
        self.ghi_scale = ghi_scale
        self.temp_scale = temp_scale

    def split(self, inputs):
        if isinstance(inputs, tuple):
            return inputs[0], inputs[1]
        return inputs[..., 0], inputs[..., 1]

    def construct(self, inputs):
        ghi, temp = self.split(inputs)
        g = ghi / self.ghi_scale
        t = temp / self.temp_scale
        return ops.stack([g, t, g * t, g * g], axis=-1)


def make():
    np.random.seed(38)
    ghi = Tensor(np.random.uniform(0, 900, size=(4, 24)).astype(np.float32))
    temp = Tensor(np.random.uniform(5, 35, size=(4, 24)).astype(np.float32))
    return YieldFeatures(), ((ghi, temp),)
