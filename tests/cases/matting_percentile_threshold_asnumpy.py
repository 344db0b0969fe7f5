# case: computes an adaptive foreground threshold with np.percentile on alpha.asnumpy() inside construct -> host round trip, error expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveForegroundMask(nn.Cell):
    def __init__(self, percentile=80.0):
        super().__init__()
        self.percentile = percentile

    def construct(self, alpha, image):
        thr = np.percentile(alpha.asnumpy(), self.percentile)
        fg_mask = (alpha > Tensor(thr, ms.float32)).astype(ms.float32)
        fg = image * fg_mask
        return fg, fg_mask


def make():
    np.random.seed(6)
    alpha = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    image = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return AdaptiveForegroundMask(), (alpha, image)
