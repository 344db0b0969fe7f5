# case: temper-inclusion detector for sherd thin-section photos takes a brightness percentile with np.percentile on x.asnumpy() inside construct -> error from host round trip in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InclusionDensity(nn.Cell):
    def __init__(self, percentile=90.0):
        super().__init__()
        self.percentile = percentile
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, gray):
        smooth = self.blur(gray)
        cutoff = np.percentile(smooth.asnumpy(), self.percentile)
        bright = (smooth > cutoff).astype(ms.float32)
        return bright.mean(axis=(2, 3)), bright


def make():
    np.random.seed(50)
    gray = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    return InclusionDensity(), (gray,)
