# case: wavelet-like filter bank keeps decomposing (halving length) while the detail band stays below a noise-floor energy (loop count and shapes decided by tensor values) -> expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HAAR_LO = (0.7071067811865476, 0.7071067811865476)
HAAR_HI = (0.7071067811865476, -0.7071067811865476)


class WaveletConfig:
    def __init__(self, energy_eps=0.1, max_levels=6, wavelet="haar"):
        self.energy_eps = energy_eps
        self.max_levels = max_levels
        self.wavelet = wavelet


def haar_step(x):
    even = x[..., 0::2]
    odd = x[..., 1::2]
    approx = HAAR_LO[0] * even + HAAR_LO[1] * odd
    detail = HAAR_HI[0] * even + HAAR_HI[1] * odd
    return approx, detail


class AdaptiveHaarBank(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.energy_eps
        self.max_levels = config.max_levels

    def construct(self, ecg):
        approx, detail = haar_step(ecg)
        energies = [(detail * detail).mean()]
        level = 1
        while (detail * detail).mean() < self.eps and level < self.max_levels:
            approx, detail = haar_step(approx)
            energies.append((detail * detail).mean())
            level += 1
        return approx, ops.stack(energies)


def make():
    np.random.seed(3741)
    t = np.arange(512) / 256.0
    sig = np.sin(2 * np.pi * 1.3 * t) + 0.2 * np.sin(2 * np.pi * 25 * t) + 0.05 * np.random.randn(512)
    return AdaptiveHaarBank(WaveletConfig()), (Tensor(sig[None, None].astype(np.float32)),)
