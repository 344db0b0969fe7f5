# case: estimate a flue pipe's fundamental from a recorded spectrum, keep bins up to the detected peak via int() of argmax -> slice length from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def hann_window(n):
    k = np.arange(n, dtype=np.float32)
    return (0.5 - 0.5 * np.cos(2.0 * np.pi * k / (n - 1))).astype(np.float32)


class PipePitchEstimator(nn.Cell):
    def __init__(self, frame_len=256, sample_rate=8000.0):
        super().__init__()
        self.window = Tensor(hann_window(frame_len))
        self.bin_hz = sample_rate / frame_len
        self.proj = nn.Dense(frame_len, frame_len // 2)

    def spectrum(self, frame):
        return ops.abs(self.proj(frame * self.window))

    def construct(self, frame):
        spec = self.spectrum(frame)
        peak_bin = int(ops.argmax(spec[0]))
        below_fund = spec[:, :peak_bin + 1]
        energy = below_fund.sum(axis=1)
        return energy, Tensor(peak_bin * self.bin_hz, ms.float32)


def make():
    np.random.seed(310)
    frame = Tensor(np.random.randn(2, 256).astype(np.float32))
    return PipePitchEstimator(), (frame,)
