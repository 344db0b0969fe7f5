# case: find the tide gauge peak by calling .asnumpy() on the smoothed series inside construct and using np.argmax -> host conversion in construct, rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TidePeakFinder(nn.Cell):
    def __init__(self, kernel=3):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=kernel, stride=1)

    def construct(self, gauge):
        smooth = self.pool(gauge.reshape(1, 1, -1)).reshape(-1)
        arr = smooth.asnumpy()
        peak = int(np.argmax(arr))
        return smooth[peak], Tensor(peak, ms.int32)


def make():
    np.random.seed(3057)
    t = np.linspace(0, 2 * np.pi, 48, dtype=np.float32)
    gauge = Tensor((np.sin(t) * 1.8 + np.random.randn(48).astype(np.float32) * 0.1).astype(np.float32))
    return TidePeakFinder(), (gauge,)
