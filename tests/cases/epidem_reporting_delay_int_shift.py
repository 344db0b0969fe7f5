# case: shift true infections by a reporting delay converted with int(delay) and used as slice bounds and pad length -> tensor-to-int conversion in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DelayedReporting(nn.Cell):
    def __init__(self, ascertainment=0.6):
        super().__init__()
        self.ascertainment = Parameter(Tensor(ascertainment, ms.float32), name="ascertainment")

    def construct(self, infections, delay):
        d = int(delay)
        days = infections.shape[0]
        shifted = infections[:days - d]
        pad = ops.zeros((d, infections.shape[1]), infections.dtype)
        reported = ops.concat((pad, shifted), axis=0)
        return reported * self.ascertainment


def make():
    np.random.seed(8)
    infections = np.random.gamma(3.0, 10.0, size=(20, 4)).astype(np.float32)
    return DelayedReporting(), (Tensor(infections), Tensor(5, ms.int32))
