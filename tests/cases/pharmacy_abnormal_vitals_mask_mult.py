# case: weight heart-rate deviations by an out-of-band mask (multiplication, no indexing) to scale a dose -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VitalsDoseScaler(nn.Cell):
    def __init__(self, hr_low=50.0, hr_high=110.0, max_cut=0.5):
        super().__init__()
        self.hr_low = hr_low
        self.hr_high = hr_high
        self.max_cut = max_cut

    def construct(self, heart_rate, base_dose):
        mask = ops.logical_or(heart_rate < self.hr_low, heart_rate > self.hr_high)
        maskf = mask.astype(ms.float32)
        dev = ops.abs(heart_rate - 80.0) * maskf
        n_bad = ops.maximum(maskf.sum(), 1.0)
        penalty = dev.sum() / n_bad / 80.0
        penalty = ops.clamp(penalty, 0.0, 1.0)
        return base_dose * (1.0 - self.max_cut * penalty)


def make():
    np.random.seed(22)
    hr = Tensor(np.random.uniform(40, 130, (32,)).astype(np.float32))
    base_dose = Tensor(np.array([250.0], np.float32))
    return VitalsDoseScaler(), (hr, base_dose)
