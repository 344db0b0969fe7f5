# case: parcel dimensioning step wraps length/width/height into a plain Python ParcelDims object created in construct and computes dim weight from it -> plain Python class instance in construct, may be rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ParcelDims:
    def __init__(self, length, width, height):
        self.length = length
        self.width = width
        self.height = height

    def volume_cm3(self):
        return self.length * self.width * self.height / 1000.0


class DimWeightCalc(nn.Cell):
    def __init__(self, divisor=5000.0):
        super().__init__()
        self.divisor = divisor

    def construct(self, dims_mm):
        rec = ParcelDims(dims_mm[:, 0], dims_mm[:, 1], dims_mm[:, 2])
        vol = rec.volume_cm3()
        return vol / self.divisor * 1000.0


def make():
    np.random.seed(81)
    dims = Tensor((np.random.rand(4, 3) * 400 + 100).astype(np.float32))
    return DimWeightCalc(), (dims,)
