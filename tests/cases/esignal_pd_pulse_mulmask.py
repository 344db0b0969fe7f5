# case: partial discharge detector averages above-noise samples by multiplying with a 0/1 mask and dividing by mask sum -> static shapes, fine in Graph mode
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
        mask = (env > self.noise_floor).astype(env.dtype)
        n_pulse = mask.sum()
        mean_amp = (env * mask).sum() / ops.maximum(n_pulse, ops.ones_like(n_pulse))
        peak = env.max()
        return ops.stack([mean_amp, peak, n_pulse])


def make():
    np.random.seed(22)
    wave = np.random.randn(2048).astype(np.float32) * 2.0
    wave[::97] += 40.0
    return PDPulseStats(), (Tensor(wave),)
