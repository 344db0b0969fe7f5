# case: dome calibration falls back to unit gains in a try/except around the ratio computation in construct -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectorGain(nn.Cell):
    def __init__(self, reference=0.5):
        super().__init__()
        self.reference = reference

    def construct(self, measured):
        try:
            gains = self.reference / measured
        except ZeroDivisionError:
            gains = ops.ones_like(measured)
        return ops.clamp(gains, 0.25, 4.0)


def make():
    np.random.seed(346)
    measured = Tensor(np.random.uniform(0.3, 0.8, size=(12,)).astype(np.float32))
    return SectorGain(), (measured,)
