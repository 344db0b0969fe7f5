# case: bisection search for the threshold that yields a target false-positive rate on normal maps, tensor-valued while loop with fixed shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FprThresholdSearch(nn.Cell):
    def __init__(self, target_fpr=0.05, max_iters=20):
        super().__init__()
        self.target_fpr = target_fpr
        self.max_iters = max_iters

    def fpr(self, normal_scores, thr):
        return (normal_scores > thr).astype(ms.float32).mean()

    def construct(self, normal_maps):
        scores = normal_maps.reshape(-1)
        lo = scores.min()
        hi = scores.max()
        it = Tensor(0, ms.int32)
        while it < self.max_iters:
            mid = (lo + hi) / 2
            if self.fpr(scores, mid) > self.target_fpr:
                lo = mid
            else:
                hi = mid
            it = it + 1
        return hi


def make():
    np.random.seed(37)
    maps = np.random.rand(4, 8, 8).astype(np.float32)
    return FprThresholdSearch(), (Tensor(maps),)
