# case: sheave bearing vibration spectrum computed by calling .asnumpy() and np.fft.rfft inside construct before the classifier head -> NumPy on tensors in construct, Graph mode error (or JIT fallback)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BearingFaultClassifier(nn.Cell):
    def __init__(self, n_samples=128, n_classes=3):
        super().__init__()
        n_bins = n_samples // 2 + 1
        self.head = nn.SequentialCell([nn.Dense(n_bins, 32), nn.ReLU(), nn.Dense(32, n_classes)])

    def spectrum(self, accel):
        arr = accel.asnumpy()
        mag = np.abs(np.fft.rfft(arr, axis=-1)).astype(np.float32)
        return Tensor(mag)

    def construct(self, accel):
        spec = self.spectrum(accel)
        spec = ops.log1p(spec)
        return ops.softmax(self.head(spec), axis=-1)


def make():
    np.random.seed(19)
    t = np.arange(128) / 2048.0
    acc = (np.sin(2 * np.pi * 160 * t) + 0.3 * np.random.randn(4, 128)).astype(np.float32)
    return BearingFaultClassifier(), (Tensor(acc),)
