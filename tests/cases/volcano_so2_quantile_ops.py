# case: compute the SO2 flux baseline as the 90th percentile with ops.sort and a constant rank from the shape -> static shapes, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SO2AnomalySorted(nn.Cell):
    def __init__(self, quantile=0.9, smooth=5):
        super().__init__()
        self.quantile = quantile
        self.smooth = nn.AvgPool1d(kernel_size=smooth, stride=1)

    def construct(self, flux):
        smoothed = self.smooth(flux)
        n = smoothed.shape[-1]
        rank = int(self.quantile * (n - 1))
        ordered, _ = ops.sort(smoothed, axis=-1)
        baseline = ordered[:, :, rank:rank + 1]
        return ops.relu(smoothed - baseline), ops.cumsum(ops.relu(smoothed - baseline), axis=-1)


def make():
    np.random.seed(132)
    flux = np.abs(np.random.randn(1, 1, 60)).astype(np.float32) * 900 + 300
    return SO2AnomalySorted(), (Tensor(flux),)
