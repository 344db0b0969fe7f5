# case: keep a sample budget proportional to how many samples carry significant weight (k from a tensor count) via topk -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSampleSelector(nn.Cell):
    """Keeps the highest-weight samples; budget scales with scene content."""

    def __init__(self, weight_thresh=0.01, min_keep=2):
        super().__init__()
        self.weight_thresh = weight_thresh
        self.min_keep = min_keep

    def budget(self, weights):
        significant = (weights > self.weight_thresh).astype(ms.int32).sum(axis=-1)
        return ops.maximum(significant.max(), self.min_keep)

    def construct(self, z_vals, weights):
        k = self.budget(weights)
        top_w, top_idx = ops.topk(weights, k)
        top_z = ops.gather_elements(z_vals, 1, top_idx)
        z_sorted, order = ops.sort(top_z, axis=-1)
        w_sorted = ops.gather_elements(top_w, 1, order)
        return z_sorted, w_sorted


def make():
    np.random.seed(29)
    z = Tensor(np.sort(np.random.uniform(2, 6, (5, 16)), axis=-1).astype(np.float32))
    w = np.random.rand(5, 16).astype(np.float32) ** 4 * 0.2
    return AdaptiveSampleSelector(), (z, Tensor(w))
