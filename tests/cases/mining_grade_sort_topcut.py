# case: cap outlier gold assays at a high quantile found by sorting and taking a fixed position computed from the shape -> sort plus constant index, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def quantile_position(n, q):
    return min(n - 1, int(q * n))


class TopCutCompositeSorted(nn.Cell):
    def __init__(self, cap_quantile=0.975, composite_len=4):
        super().__init__()
        self.cap_quantile = cap_quantile
        self.composite_len = composite_len

    def construct(self, au_gpt):
        n = au_gpt.shape[0]
        pos = quantile_position(n, self.cap_quantile)
        sorted_au, _ = ops.sort(au_gpt)
        cap = sorted_au[pos]
        capped = ops.minimum(au_gpt, cap)
        comps = capped.reshape(-1, self.composite_len).mean(axis=1)
        return comps, cap


def make():
    np.random.seed(142)
    au = np.random.lognormal(0.0, 1.1, size=(64,)).astype(np.float32)
    return TopCutCompositeSorted(), (Tensor(au),)
