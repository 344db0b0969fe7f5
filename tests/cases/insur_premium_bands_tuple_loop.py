# case: tiered sum-insured premium bands given as a Python tuple of (upper, rate) pairs, applied in a loop over the constant tuple -> static unrolled loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PROPERTY_BANDS = ((100000.0, 0.0030), (250000.0, 0.0024), (500000.0, 0.0019), (1e9, 0.0015))


class TieredPremium(nn.Cell):
    def __init__(self, bands=PROPERTY_BANDS, policy_fee=35.0):
        super().__init__()
        self.bands = bands
        self.fee = policy_fee

    def construct(self, sum_insured):
        premium = ops.zeros_like(sum_insured)
        lower = 0.0
        for upper, rate in self.bands:
            in_band = ops.clamp(sum_insured - lower, 0.0, upper - lower)
            premium = premium + in_band * rate
            lower = upper
        return premium + self.fee


def make():
    np.random.seed(35)
    si = Tensor(np.random.uniform(50000, 900000, size=(10,)).astype(np.float32))
    return TieredPremium(), (si,)
