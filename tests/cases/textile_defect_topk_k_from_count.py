# case: pick the top-k most suspicious weave patches where k is the number of patches over threshold (a tensor) -> topk with data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SuspiciousPatches(nn.Cell):
    def __init__(self, thr=0.6, patch=4):
        super().__init__()
        self.thr = thr
        self.patch = patch
        self.pool = nn.AvgPool2d(kernel_size=patch, stride=patch)

    def patch_scores(self, prob):
        return self.pool(prob).reshape(-1)

    def construct(self, prob):
        scores = self.patch_scores(prob)
        k = (scores > self.thr).astype(ms.int32).sum()
        vals, idx = ops.topk(scores, k)
        return vals, idx


def make():
    np.random.seed(17)
    prob = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32) * 1.2)
    return SuspiciousPatches(thr=0.5), (prob,)
