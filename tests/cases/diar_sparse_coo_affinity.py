# case: builds a k-nearest-neighbour affinity as a COOTensor from segment similarities and multiplies it with the degree-normalised embeddings -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseAffinityPropagation(nn.Cell):
    def __init__(self, n_segments=8, k=2):
        super().__init__()
        self.n = n_segments
        self.k = k

    def construct(self, seg_emb):
        # seg_emb: (N, D)
        x = seg_emb / ops.norm(seg_emb, dim=-1, keepdim=True)
        sim = ops.matmul(x, x.T)
        vals, cols = ops.topk(sim, self.k)
        rows = ops.arange(self.n).expand_dims(-1).tile((1, self.k))
        indices = ops.stack((rows.reshape(-1), cols.reshape(-1).astype(ms.int64)), axis=1)
        affinity = COOTensor(indices, vals.reshape(-1), (self.n, self.n))
        dense = affinity.to_dense()
        deg = dense.sum(axis=-1, keepdims=True)
        return ops.matmul(dense / deg, x)


def make():
    np.random.seed(27)
    seg = Tensor(np.random.randn(8, 5).astype(np.float32))
    return SparseAffinityPropagation(), (seg,)
