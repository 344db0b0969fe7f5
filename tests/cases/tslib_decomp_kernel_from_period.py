# case: decomposition whose moving-average window is the dominant FFT period detected from the batch -> kernel size from tensor data, Graph mode cannot make it static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeriodConfig:
    top_k = 1
    min_kernel = 3


def dominant_period(x):
    # x: [batch, length, channels]; amplitude of the mean spectrum
    z = ops.rfft(x, dim=1)
    spec = (ops.real(z) ** 2 + ops.imag(z) ** 2).mean(axis=0).mean(axis=-1)
    spec[0] = 0.0
    freq = ops.argmax(spec)
    return x.shape[1] // int(freq)


class AdaptiveDecomp(nn.Cell):
    def __init__(self, config=PeriodConfig()):
        super().__init__()
        self.min_kernel = config.min_kernel

    def construct(self, x):
        period = dominant_period(x)
        kernel = max(period, self.min_kernel)
        half = (kernel - 1) // 2
        padded = ops.concat((ops.tile(x[:, :1, :], (1, half, 1)), x,
                             ops.tile(x[:, -1:, :], (1, kernel - 1 - half, 1))), axis=1)
        windows = ops.stack([padded[:, i:i + x.shape[1], :] for i in range(kernel)], axis=0)
        trend = windows.mean(axis=0)
        return x - trend, trend


def make():
    np.random.seed(3417)
    t = np.arange(96, dtype=np.float32)
    x = np.sin(2 * np.pi * t / 12)[None, :, None] + 0.1 * np.random.randn(2, 96, 3)
    return AdaptiveDecomp(), (Tensor(x.astype(np.float32)),)
