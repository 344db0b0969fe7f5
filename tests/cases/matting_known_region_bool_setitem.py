# case: forces known trimap pixels with boolean-mask assignment alpha[mask] = value on a copy of the prediction -> mask setitem, expected to lower to a static select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KnownRegionClamp(nn.Cell):
    def __init__(self, fg_thr=0.9, bg_thr=0.1):
        super().__init__()
        self.fg_thr = fg_thr
        self.bg_thr = bg_thr

    def construct(self, pred_alpha, trimap):
        alpha = pred_alpha * 1.0
        alpha[trimap > self.fg_thr] = 1.0
        alpha[trimap < self.bg_thr] = 0.0
        return alpha


def make():
    np.random.seed(38)
    pred = Tensor(np.random.rand(1, 1, 10, 10).astype(np.float32))
    tri = Tensor(np.random.choice([0.0, 0.5, 1.0], size=(1, 1, 10, 10)).astype(np.float32))
    return KnownRegionClamp(), (pred, tri)
