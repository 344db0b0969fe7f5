# case: find the tide gauge peak with ops.argmax and gather the height at that index, all in tensor ops -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TidePeakFinder(nn.Cell):
    def __init__(self, kernel=3):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=kernel, stride=1)

    def construct(self, gauge):
        smooth = self.pool(gauge.reshape(1, 1, -1)).reshape(-1)
        peak = ops.argmax(smooth)
        height = ops.gather(smooth, peak.reshape(1), 0)
        return height, peak


def make():
    np.random.seed(3058)
    t = np.linspace(0, 2 * np.pi, 48, dtype=np.float32)
    gauge = Tensor((np.sin(t) * 1.8 + np.random.randn(48).astype(np.float32) * 0.1).astype(np.float32))
    return TidePeakFinder(), (gauge,)
