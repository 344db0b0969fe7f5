# case: AST pooling sums child states into parents with unsorted_segment_sum whose num_segments is max(parent id)+1 from data -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChildToParentPool(nn.Cell):
    """Bottom-up aggregation of child node features into parent nodes."""

    def __init__(self, dim=8, normalize=True):
        super().__init__()
        self.normalize = normalize
        self.child_proj = nn.Dense(dim, dim)

    def _num_parents(self, parent_ids):
        return int(parent_ids.max()) + 1

    def construct(self, child_feats, parent_ids):
        n_par = self._num_parents(parent_ids)
        msgs = self.child_proj(child_feats)
        summed = ops.unsorted_segment_sum(msgs, parent_ids, n_par)
        if self.normalize:
            ones = ops.ones((child_feats.shape[0], 1), ms.float32)
            counts = ops.unsorted_segment_sum(ones, parent_ids, n_par)
            summed = summed / ops.maximum(counts, 1.0)
        return summed


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(7, 8).astype(np.float32))
    parents = Tensor(np.array([0, 0, 1, 1, 1, 2, 3], np.int32))
    return ChildToParentPool(), (feats, parents)
