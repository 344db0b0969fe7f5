# case: flag sharp drops on the carbonation pressure curve and keep their magnitudes with a three-argument where -> ops.where(cond, x, y) is shape-stable
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PressureDropFlagger(nn.Cell):
    def __init__(self, drop_bar=0.15, sample_hz=2.0):
        super().__init__()
        self.drop_bar = drop_bar
        self.sample_hz = sample_hz

    def first_difference(self, curve):
        return curve[:, 1:] - curve[:, :-1]

    def construct(self, pressure_bar):
        diff = self.first_difference(pressure_bar) * self.sample_hz
        drops = diff < -self.drop_bar
        magnitude = ops.where(drops, -diff, ops.zeros_like(diff))
        worst = magnitude.max(axis=1)
        n_drops = drops.astype(ms.int32).sum(axis=1)
        return magnitude, worst, n_drops


def make():
    np.random.seed(32)
    t = np.linspace(0, 30, 60).astype(np.float32)
    curves = 3.6 - 0.02 * t[None, :] + 0.1 * np.random.randn(8, 60).astype(np.float32)
    return PressureDropFlagger(), (Tensor(curves, ms.float32),)
