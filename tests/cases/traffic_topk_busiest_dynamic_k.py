# case: picks the k busiest intersections where k is computed from the tensor of active sensors (topk with data-dependent k) -> dynamic k in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BusiestIntersections(nn.Cell):
    def __init__(self, share=0.25):
        super().__init__()
        self.share = share

    def construct(self, volumes, active):
        n_active = active.sum()
        k = ops.cast(n_active * self.share, ms.int32)
        top_vals, top_idx = ops.topk(volumes, k)
        return top_vals.mean(), top_idx


def make():
    np.random.seed(22)
    volumes = Tensor(np.random.uniform(100, 900, size=(16,)).astype(np.float32))
    active = Tensor((np.random.rand(16) > 0.2).astype(np.float32))
    return BusiestIntersections(), (volumes, active)
