# case: Pan-Tompkins style QRS enhancement: derivative, squaring and moving-window integration via cumsum with a window from the constructor, then adaptive threshold as a fixed-size indicator -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PanTompkinsEnhancer(nn.Cell):
    def __init__(self, fs=100, window_ms=150):
        super().__init__()
        self.win = max(1, int(fs * window_ms / 1000))

    def derivative(self, x):
        return (2 * x[..., 4:] + x[..., 3:-1] - x[..., 1:-3] - 2 * x[..., :-4]) / 8.0

    def integrate(self, x):
        c = ops.cumsum(x, axis=-1)
        head = c[..., :self.win]
        tail = c[..., self.win:] - c[..., :-self.win]
        return ops.concat((head, tail), axis=-1) / self.win

    def construct(self, ecg):
        # ecg: (batch, n_samples)
        d = self.derivative(ecg)
        mwi = self.integrate(d * d)
        thr = 0.5 * mwi.max(axis=-1, keepdims=True)
        qrs = (mwi > thr).astype(ms.float32)
        return mwi, qrs


def make():
    np.random.seed(39)
    ecg = 0.05 * np.random.randn(2, 200)
    ecg[:, 20::60] += 1.0
    return PanTompkinsEnhancer(), (Tensor(ecg.astype(np.float32)),)
