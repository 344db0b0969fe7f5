# case: sleep EEG preprocessor downsamples by 2 only when the measured signal power (a tensor) is high, so the two branches return different lengths -> error in Graph mode (branch outputs with different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveDecimator(nn.Cell):
    def __init__(self, power_limit=1.5):
        super().__init__()
        self.power_limit = power_limit
        self.smooth = nn.AvgPool1d(kernel_size=2, stride=2)

    def signal_power(self, x):
        return (x * x).mean()

    def construct(self, x):
        # x: (batch, channels, time)
        if self.signal_power(x) > self.power_limit:
            out = self.smooth(x)
        else:
            out = x
        return out * 2.0


def make():
    np.random.seed(9)
    x = 2.0 * np.random.randn(2, 3, 32)
    return AdaptiveDecimator(), (Tensor(x.astype(np.float32)),)
