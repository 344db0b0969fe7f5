# case: per-utterance SNR estimate chooses between the enhanced and the lightly-processed signal with ops.where instead of an if -> elementwise select with static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SNRSwitch(nn.Cell):
    def __init__(self, n_bins=16, high_snr_db=15.0, light_gain=0.9):
        super().__init__()
        self.mask_net = nn.Dense(n_bins, n_bins)
        self.high_snr_db = high_snr_db
        self.light_gain = light_gain

    def snr_db(self, noisy, enhanced):
        noise = noisy - enhanced
        num = ops.sum(enhanced ** 2, dim=(1, 2))
        den = ops.sum(noise ** 2, dim=(1, 2)) + 1e-8
        return 10.0 * ops.log10(num / den + 1e-8)

    def construct(self, noisy):
        enhanced = noisy * ops.sigmoid(self.mask_net(noisy))
        snr = self.snr_db(noisy, enhanced)
        use_light = (snr > self.high_snr_db).reshape(-1, 1, 1)
        light = noisy * self.light_gain
        return ops.where(use_light, light, enhanced)


def make():
    np.random.seed(23)
    noisy = np.abs(np.random.randn(3, 10, 16)).astype(np.float32)
    return SNRSwitch(), (Tensor(noisy),)
