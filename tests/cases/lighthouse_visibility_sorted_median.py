# case: estimate harbour visibility as the median of the transmissometer readings via ops.sort and a constant middle index -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


BASELINE_M = 75.0


def transmittance_to_mor(tr):
    return BASELINE_M * ops.log(Tensor(0.05, ms.float32)) / ops.log(tr)


class Transmissometer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.clip_lo = 1e-3
        self.clip_hi = 0.999

    def construct(self, transmittance):
        tr = ops.clip_by_value(transmittance, self.clip_lo, self.clip_hi)
        mor = transmittance_to_mor(tr)
        ordered, _ = ops.sort(mor)
        mid = mor.shape[0] // 2
        return mor / ordered[mid]


def make():
    np.random.seed(3060)
    tr = Tensor(np.random.uniform(0.2, 0.95, size=(30,)).astype(np.float32))
    return Transmissometer(), (tr,)
