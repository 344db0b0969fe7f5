# case: scan preprocessor halves the resolution only when the mean ink coverage tensor exceeds a level, so the two branches return different shapes -> error or dynamic in graph mode (branch on tensor with different output shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScanPreprocessor(nn.Cell):
    def __init__(self, heavy_coverage=0.5):
        super().__init__()
        self.heavy_coverage = heavy_coverage
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def construct(self, scan):
        coverage = 1.0 - scan.mean()
        if coverage > self.heavy_coverage:
            out = self.pool(scan)
        else:
            out = scan
        return out * 2.0 - 1.0


def make():
    np.random.seed(27)
    scan = np.random.uniform(0.0, 0.6, (1, 3, 16, 16)).astype(np.float32)
    return ScanPreprocessor(), (Tensor(scan),)
