# case: compute the 90th-percentile SO2 flux baseline with .asnumpy() and np.percentile inside construct -> NumPy on tensor values in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SO2Anomaly(nn.Cell):
    def __init__(self, percentile=90.0, smooth=5):
        super().__init__()
        self.percentile = percentile
        self.smooth = nn.AvgPool1d(kernel_size=smooth, stride=1)

    def construct(self, flux):
        # flux: (1, 1, days) tonnes/day
        smoothed = self.smooth(flux)
        baseline = np.percentile(smoothed.asnumpy(), self.percentile)
        excess = smoothed - Tensor(baseline, ms.float32)
        return ops.relu(excess)


def make():
    np.random.seed(131)
    flux = np.abs(np.random.randn(1, 1, 60)).astype(np.float32) * 900 + 300
    return SO2Anomaly(), (Tensor(flux),)
