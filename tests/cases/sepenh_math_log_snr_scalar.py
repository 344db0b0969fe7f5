# case: computes the SNR in dB with math.log10 on float() of tensor powers to scale the denoiser strength -> float() and math on tensor values are host round trips in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveDenoiser(nn.Cell):
    def __init__(self, n_bins=16, max_strength=1.0):
        super().__init__()
        self.mask_net = nn.Dense(n_bins, n_bins)
        self.max_strength = max_strength

    def snr_db(self, noisy, noise_est):
        sig_pow = float(ops.mean(noisy * noisy))
        noise_pow = float(ops.mean(noise_est * noise_est)) + 1e-8
        return 10.0 * math.log10(sig_pow / noise_pow)

    def construct(self, noisy, noise_est):
        snr = self.snr_db(noisy, noise_est)
        strength = self.max_strength / (1.0 + math.exp(snr / 10.0))
        mask = ops.sigmoid(self.mask_net(noisy))
        return noisy * (1.0 - strength * (1.0 - mask))


def make():
    np.random.seed(11)
    noisy = np.abs(np.random.randn(4, 16)).astype(np.float32)
    noise = 0.3 * np.abs(np.random.randn(4, 16)).astype(np.float32)
    return AdaptiveDenoiser(), (Tensor(noisy), Tensor(noise))
