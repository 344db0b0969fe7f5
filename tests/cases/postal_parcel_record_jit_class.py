# case: parcel dimensioning step uses an @ms.jit_class ParcelDims created in construct and mutates its height with the packing allowance before computing dim weight -> jit_class instance attribute mutated in construct, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ParcelDims:
    def __init__(self, length, width, height):
        self.length = length
        self.width = width
        self.height = height

    def volume_cm3(self):
        return self.length * self.width * self.height / 1000.0


class DimWeightCalc(nn.Cell):
    def __init__(self, divisor=5000.0, allowance_mm=10.0):
        super().__init__()
        self.divisor = divisor
        self.allowance = allowance_mm

    def construct(self, dims_mm):
        rec = ParcelDims(dims_mm[:, 0], dims_mm[:, 1], dims_mm[:, 2])
        rec.height = rec.height + self.allowance
        return rec.volume_cm3() / self.divisor * 1000.0


def make():
    np.random.seed(82)
    dims = Tensor((np.random.rand(4, 3) * 400 + 100).astype(np.float32))
    return DimWeightCalc(), (dims,)
