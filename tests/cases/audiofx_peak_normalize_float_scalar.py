# case: peak normaliser turns the peak tensor into a Python float with float() and chooses a gain in Python before scaling -> error or static (float() of tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakNormalizer(nn.Cell):
    def __init__(self, target_peak=0.9, max_gain=8.0):
        super().__init__()
        self.target_peak = target_peak
        self.max_gain = max_gain

    def construct(self, audio):
        peak = float(ops.abs(audio).max())
        if peak < 1e-6:
            gain = 1.0
        else:
            gain = min(self.target_peak / peak, self.max_gain)
        return audio * gain


def make():
    np.random.seed(33)
    audio = Tensor((0.2 * np.random.randn(2, 80)).astype(np.float32))
    return PeakNormalizer(), (audio,)
