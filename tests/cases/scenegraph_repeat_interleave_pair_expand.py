# case: expand each subject into pairs with repeat_interleave using per-subject candidate counts from a tensor -> dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubjectExpander(nn.Cell):
    def __init__(self, feat_dim=8):
        super().__init__()
        self.proj = nn.Dense(feat_dim, feat_dim)

    def construct(self, subj_feats, num_candidates):
        expanded = ops.repeat_interleave(subj_feats, num_candidates, axis=0)
        return self.proj(expanded)


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(4, 8).astype(np.float32))
    counts = Tensor(np.array([2, 0, 3, 1], dtype=np.int32))
    return SubjectExpander(), (feats, counts)
