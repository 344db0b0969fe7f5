# case: parcel dimensioning step computes dim weight with module-level helper functions and a tuple of length/width/height columns -> plain functions on tensors, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def split_dims(dims_mm):
    return dims_mm[:, 0], dims_mm[:, 1], dims_mm[:, 2]


def volume_cm3(length, width, height):
    return length * width * height / 1000.0


class DimWeightCalc(nn.Cell):
    def __init__(self, divisor=5000.0, allowance_mm=10.0):
        super().__init__()
        self.divisor = divisor
        self.allowance = allowance_mm

    def construct(self, dims_mm):
        length, width, height = split_dims(dims_mm)
        vol = volume_cm3(length, width, height + self.allowance)
        dim_weight_g = vol / self.divisor * 1000.0
        return dim_weight_g, ops.stack([length, width, height], axis=1).max(axis=1)


def make():
    np.random.seed(83)
    dims = Tensor((np.random.rand(4, 3) * 400 + 100).astype(np.float32))
    return DimWeightCalc(), (dims,)
