# case: keep only CSI amplitudes on active subcarriers via masked_select from a power threshold -> dynamic shape (masked_select)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveSubcarrierSelector(nn.Cell):
    def __init__(self, power_floor=0.2):
        super().__init__()
        self.power_floor = power_floor

    def amplitude(self, csi_re, csi_im):
        return ops.sqrt(csi_re * csi_re + csi_im * csi_im)

    def construct(self, csi_re, csi_im):
        amp = self.amplitude(csi_re, csi_im)          # (rx, subcarriers)
        mean_pow = amp.mean(axis=0)                   # (subcarriers,)
        active = mean_pow > self.power_floor
        active = ops.broadcast_to(active, amp.shape)
        kept = ops.masked_select(amp, active)
        return kept.mean(), kept


def make():
    np.random.seed(0)
    re = Tensor(np.random.randn(4, 32).astype(np.float32))
    im = Tensor(np.random.randn(4, 32).astype(np.float32))
    return ActiveSubcarrierSelector(), (re, im)
