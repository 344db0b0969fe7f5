# case: estimate harbour visibility as np.median of the transmissometer tensor inside construct -> NumPy applied to a tensor in construct, rejected or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


BASELINE_M = 75.0


def transmittance_to_mor(tr):
    # meteorological optical range from transmittance over a fixed baseline
    return BASELINE_M * ops.log(Tensor(0.05, ms.float32)) / ops.log(tr)


class Transmissometer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.clip_lo = 1e-3
        self.clip_hi = 0.999

    def construct(self, transmittance):
        tr = ops.clip_by_value(transmittance, self.clip_lo, self.clip_hi)
        mor = transmittance_to_mor(tr)
        med = np.median(mor)
        return mor / med


def make():
    np.random.seed(3059)
    tr = Tensor(np.random.uniform(0.2, 0.95, size=(30,)).astype(np.float32))
    return Transmissometer(), (tr,)
