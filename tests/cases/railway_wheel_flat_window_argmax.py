# case: axle vibration split into fixed windows via reshape, per-window peak and argmax -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WheelFlatWindowDetector(nn.Cell):
    def __init__(self, window=8, ratio=3.0):
        super().__init__()
        self.window = window
        self.ratio = ratio

    def construct(self, signal):
        n_win = signal.shape[0] // self.window
        frames = signal[: n_win * self.window].reshape(n_win, self.window)
        env = ops.abs(frames - frames.mean(axis=1, keep_dims=True))
        peak = env.max(axis=1)
        pos = ops.argmax(env, dim=1)
        rms = ops.sqrt((frames * frames).mean(axis=1))
        flat_flag = peak > self.ratio * rms
        return flat_flag, pos


def make():
    np.random.seed(2)
    sig = np.random.randn(64).astype(np.float32)
    sig[[10, 42]] += 8.0
    return WheelFlatWindowDetector(), (Tensor(sig),)
