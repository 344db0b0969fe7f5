# case: localization cell whose helper converts the argmax peak index and the peak count to Python values with tolist() to build per-image results -> tolist host conversion inside Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakReporter(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh

    def summarize(self, density, peak):
        flat_idx = ops.argmax(density.reshape(density.shape[0], -1), dim=1)
        counts = ops.cast(peak, ms.float32).sum(axis=(1, 2, 3))
        return [flat_idx.tolist(), counts.tolist()]

    def construct(self, density):
        pooled = ops.max_pool2d(density, kernel_size=3, stride=1, padding=1)
        peak = ops.logical_and(density == pooled, density > self.thresh)
        return self.summarize(density, peak)


def make():
    np.random.seed(20)
    dens = np.random.rand(2, 1, 8, 8).astype(np.float32)
    return PeakReporter(), (Tensor(dens),)
