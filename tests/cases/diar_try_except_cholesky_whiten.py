# case: whitens segment embeddings with a Cholesky factor of their covariance inside try/except that falls back to plain normalisation -> try/except in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentWhitener(nn.Cell):
    def __init__(self, emb_dim=6, ridge=1e-3):
        super().__init__()
        self.ridge = ridge
        self.eye = Tensor(np.eye(emb_dim, dtype=np.float32))

    def construct(self, seg_emb):
        # seg_emb: (N, D)
        centered = seg_emb - seg_emb.mean(axis=0, keep_dims=True)
        cov = ops.matmul(centered.T, centered) / seg_emb.shape[0] + self.ridge * self.eye
        try:
            chol = ops.cholesky(cov)
            white = ops.matmul(centered, ops.inverse(chol).T)
        except RuntimeError:
            white = centered / ops.norm(centered, dim=-1, keepdim=True)
        return white


def make():
    np.random.seed(26)
    seg = Tensor(np.random.randn(10, 6).astype(np.float32))
    return SegmentWhitener(), (seg,)
