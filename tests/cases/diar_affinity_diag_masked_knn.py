# case: dense k-nearest-neighbour affinity for spectral clustering, diagonal removed with an eye mask and row-wise top-k threshold from topk with constant k -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KnnAffinity(nn.Cell):
    def __init__(self, n_segments=8, k=3):
        super().__init__()
        self.k = k
        self.off_diag = Tensor(1.0 - np.eye(n_segments, dtype=np.float32))

    def construct(self, seg_emb):
        x = seg_emb / ops.norm(seg_emb, dim=-1, keepdim=True)
        sim = ops.matmul(x, x.T) * self.off_diag
        kth = ops.topk(sim, self.k)[0][:, -1:]
        keep = (sim >= kth).astype(ms.float32)
        aff = sim * keep
        aff = 0.5 * (aff + aff.T)
        deg = aff.sum(axis=-1)
        d_inv = 1.0 / ops.sqrt(ops.clamp(deg, min=1e-6))
        lap = ops.eye(x.shape[0], x.shape[0], ms.float32) - d_inv.expand_dims(-1) * aff * d_inv.expand_dims(0)
        return lap


def make():
    np.random.seed(28)
    seg = Tensor(np.random.randn(8, 5).astype(np.float32))
    return KnnAffinity(), (seg,)
