# case: cap outlier gold assays at the 97.5th percentile computed with np.percentile on the tensor inside construct -> numpy applied to a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopCutComposite(nn.Cell):
    """Top-cut assays before compositing, as in a resource estimate."""

    def __init__(self, cap_percentile=97.5, composite_len=4):
        super().__init__()
        self.cap_percentile = cap_percentile
        self.composite_len = composite_len

    def construct(self, au_gpt):
        cap = np.percentile(au_gpt, self.cap_percentile)
        capped = ops.clamp(au_gpt, max=float(cap))
        comps = capped.reshape(-1, self.composite_len).mean(axis=1)
        return comps


def make():
    np.random.seed(141)
    au = np.random.lognormal(0.0, 1.1, size=(64,)).astype(np.float32)
    return TopCutComposite(), (Tensor(au),)
