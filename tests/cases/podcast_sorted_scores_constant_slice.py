# case: sort all ad-likelihood scores and take a fixed top fraction computed from the static length to get a robust ad threshold -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdThreshold(nn.Cell):
    def __init__(self, top_fraction=0.25):
        super().__init__()
        self.top_fraction = top_fraction

    def construct(self, ad_scores):
        n = ad_scores.shape[0]
        k = max(1, int(n * self.top_fraction))
        sorted_scores, _ = ops.sort(ad_scores, descending=True)
        top = sorted_scores[:k]
        thr = top.mean()
        return (ad_scores >= thr).astype(ms.float32), thr


def make():
    np.random.seed(116)
    scores = Tensor(np.random.rand(24).astype(np.float32))
    return AdThreshold(), (scores,)
