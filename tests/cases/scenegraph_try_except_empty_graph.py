# case: wrap the pair gather in try/except to fall back to zeros when an image has no objects -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafePairGather(nn.Cell):
    def __init__(self, feat_dim=8):
        super().__init__()
        self.feat_dim = feat_dim
        self.fuse = nn.Dense(2 * feat_dim, feat_dim)

    def construct(self, obj_feats, rel_pairs):
        try:
            subj = ops.gather(obj_feats, rel_pairs[:, 0], 0)
            obj = ops.gather(obj_feats, rel_pairs[:, 1], 0)
            fused = self.fuse(ops.cat((subj, obj), axis=1))
        except IndexError:
            fused = ops.zeros((rel_pairs.shape[0], self.feat_dim), ms.float32)
        return fused


def make():
    np.random.seed(12)
    feats = Tensor(np.random.randn(5, 8).astype(np.float32))
    pairs = Tensor(np.random.randint(0, 5, size=(6, 2)).astype(np.int32))
    return SafePairGather(), (feats, pairs)
