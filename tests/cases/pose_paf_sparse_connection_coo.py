# case: PAF bipartite limb matching that stores above-threshold connections as a COOTensor adjacency -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class LimbConnectionGraph(nn.Cell):
    def __init__(self, score_thr=0.2):
        super().__init__()
        self.score_thr = score_thr

    def pair_scores(self, src_feat, dst_feat):
        s = ops.matmul(src_feat, dst_feat.T)
        return ops.sigmoid(s)

    def construct(self, src_feat, dst_feat):
        scores = self.pair_scores(src_feat, dst_feat)
        keep = scores > self.score_thr
        idx = ops.nonzero(keep).astype(ms.int32)
        vals = ops.gather_nd(scores, idx)
        adj = COOTensor(idx, vals, scores.shape)
        best_per_src = adj.to_dense().argmax(axis=1)
        return best_per_src, adj.values.sum()


def make():
    np.random.seed(15)
    a = np.random.randn(5, 8).astype(np.float32)
    b = np.random.randn(4, 8).astype(np.float32)
    return LimbConnectionGraph(score_thr=0.6), (Tensor(a), Tensor(b))
