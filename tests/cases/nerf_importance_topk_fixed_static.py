# case: keep the top-k samples by weight where k comes from the constructor config, then re-sort by depth -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKSampleSelector(nn.Cell):
    def __init__(self, n_keep=6, sort_by_depth=True):
        super().__init__()
        self.n_keep = n_keep
        self.sort_by_depth = sort_by_depth

    def construct(self, z_vals, weights):
        k = min(self.n_keep, weights.shape[-1])
        top_w, top_idx = ops.topk(weights, k)
        top_z = ops.gather_elements(z_vals, 1, top_idx)
        if self.sort_by_depth:
            top_z, order = ops.sort(top_z, axis=-1)
            top_w = ops.gather_elements(top_w, 1, order)
        top_w = top_w / ops.maximum(top_w.sum(axis=-1, keepdims=True), 1e-8)
        return top_z, top_w


def make():
    np.random.seed(30)
    z = Tensor(np.sort(np.random.uniform(2, 6, (5, 16)), axis=-1).astype(np.float32))
    w = Tensor(np.random.rand(5, 16).astype(np.float32))
    return TopKSampleSelector(), (z, w)
