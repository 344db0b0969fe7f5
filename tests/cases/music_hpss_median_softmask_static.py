# case: harmonic/percussive separation with median filters along time and frequency and Wiener-style soft masks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def median_filter(x, width, axis):
    half = width // 2
    n = x.shape[axis]
    x3 = x.expand_dims(0)
    if axis == 0:
        padded = ops.pad(x3, (0, 0, half, half), mode="reflect")[0]
        shifts = [padded[i:i + n, :] for i in range(width)]
    else:
        padded = ops.pad(x3, (half, half), mode="reflect")[0]
        shifts = [padded[:, i:i + n] for i in range(width)]
    stacked = ops.stack(shifts, axis=0)
    return ops.median(stacked, axis=0)[0]


class HPSS(nn.Cell):
    def __init__(self, harm_width=7, perc_width=5, power=2.0, margin=1.0):
        super().__init__()
        self.harm_width = harm_width
        self.perc_width = perc_width
        self.power = power
        self.margin = margin

    def soft_mask(self, x, other):
        num = x ** self.power
        return num / (num + (self.margin * other) ** self.power + 1e-10)

    def construct(self, mag):
        # mag: (bins, frames)
        harm_ref = median_filter(mag, self.harm_width, axis=1)
        perc_ref = median_filter(mag, self.perc_width, axis=0)
        mask_h = self.soft_mask(harm_ref, perc_ref)
        mask_p = self.soft_mask(perc_ref, harm_ref)
        return mag * mask_h, mag * mask_p


def make():
    np.random.seed(32)
    mag = Tensor(np.abs(np.random.randn(20, 24)).astype(np.float32))
    return HPSS(), (mag,)
