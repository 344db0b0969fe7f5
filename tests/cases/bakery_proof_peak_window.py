# case: crop each proofing height curve up to the sample where the dough peaks (index from data) -> Graph mode rejects or goes dynamic on data-dependent slice length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProofPeakWindow(nn.Cell):
    """Keeps the rising part of a dough-height sensor curve for the rise-rate fit."""

    def __init__(self, sample_period_s=30.0):
        super().__init__()
        self.sample_period_s = sample_period_s
        self.argmax = ops.Argmax(axis=0)

    def construct(self, height_mm):
        smoothed = (height_mm[:-2] + height_mm[1:-1] + height_mm[2:]) / 3.0
        peak_idx = self.argmax(smoothed)
        rising = smoothed[:int(peak_idx) + 1]
        rise_rate = (rising[-1] - rising[0]) / (rising.shape[0] * self.sample_period_s)
        return rising, rise_rate


def make():
    np.random.seed(291)
    t = np.linspace(0, 1, 120).astype(np.float32)
    curve = 40.0 + 35.0 * np.sin(np.pi * t * 0.9) + np.random.randn(120).astype(np.float32) * 0.3
    return ProofPeakWindow(), (Tensor(curve.astype(np.float32)),)
