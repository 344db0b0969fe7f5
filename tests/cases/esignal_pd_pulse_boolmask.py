# case: partial discharge detector averages only the samples whose amplitude exceeds the noise floor using boolean-mask indexing -> data-dependent shape, expected dynamic/error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PDPulseStats(nn.Cell):
    def __init__(self, noise_floor_mv=5.0):
        super().__init__()
        self.noise_floor = noise_floor_mv

    def envelope(self, wave):
        return ops.abs(wave)

    def construct(self, wave):
        env = self.envelope(wave)
        pulses = env[env > self.noise_floor]
        mean_amp = pulses.mean()
        peak = env.max()
        return ops.stack([mean_amp, peak])


def make():
    np.random.seed(21)
    wave = np.random.randn(2048).astype(np.float32) * 2.0
    wave[::97] += 40.0
    return PDPulseStats(), (Tensor(wave),)
