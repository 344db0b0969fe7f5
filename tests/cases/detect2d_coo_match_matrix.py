# case: builds the gt-to-anchor match matrix as a COOTensor from positive (gt, anchor) pairs, then densifies -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseMatchBuilder(nn.Cell):
    def __init__(self, pos_thresh=0.6, normalize=True):
        super().__init__()
        self.pos_thresh = pos_thresh
        self.normalize = normalize

    def positive_pairs(self, ious):
        pos = ious >= self.pos_thresh
        pairs = ops.nonzero(pos)
        values = ops.gather_nd(ious, pairs)
        return pairs, values

    def construct(self, ious, anchor_feats):
        num_gt, num_anchors = ious.shape
        pairs, values = self.positive_pairs(ious)
        match = COOTensor(pairs.astype(ms.int32), values, (num_gt, num_anchors))
        dense = match.to_dense()
        if self.normalize:
            dense = dense / (dense.sum(axis=1, keepdims=True) + 1e-6)
        return ops.matmul(dense, anchor_feats)


def make():
    np.random.seed(27)
    ious = Tensor(np.random.rand(4, 30).astype(np.float32))
    feats = Tensor(np.random.randn(30, 6).astype(np.float32))
    return SparseMatchBuilder(), (ious, feats)
