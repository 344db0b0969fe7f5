# case: icing detector increments a module-level global alarm counter whenever the band-energy ratio exceeds a limit -> global state mutated from construct on a tensor condition, expect error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ICING_ALARMS = 0


class IcingBandRatio(nn.Cell):
    def __init__(self, low_band=(2, 10), high_band=(20, 40), limit=1.5):
        super().__init__()
        self.low_band = low_band
        self.high_band = high_band
        self.limit = limit

    def construct(self, spectrum):
        global ICING_ALARMS
        lo = spectrum[self.low_band[0]:self.low_band[1]].sum()
        hi = spectrum[self.high_band[0]:self.high_band[1]].sum()
        ratio = lo / (hi + 1e-6)
        if ratio > self.limit:
            ICING_ALARMS = ICING_ALARMS + 1
        return ratio


def make():
    np.random.seed(13)
    spec = np.abs(np.random.randn(48)).astype(np.float32)
    spec[3:8] += 4.0
    return IcingBandRatio(), (Tensor(spec),)
