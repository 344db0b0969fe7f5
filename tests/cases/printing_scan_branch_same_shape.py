# case: scan preprocessor applies either a blur or the identity depending on a tensor coverage test, both branches keeping the same shape -> static (control flow on tensor but shapes agree)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScanDenoiser(nn.Cell):
    def __init__(self, heavy_coverage=0.5):
        super().__init__()
        self.heavy_coverage = heavy_coverage
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, scan):
        coverage = 1.0 - scan.mean()
        if coverage > self.heavy_coverage:
            out = self.blur(scan)
        else:
            out = scan
        return out * 2.0 - 1.0


def make():
    np.random.seed(28)
    scan = np.random.uniform(0.0, 0.6, (1, 3, 16, 16)).astype(np.float32)
    return ScanDenoiser(), (Tensor(scan),)
