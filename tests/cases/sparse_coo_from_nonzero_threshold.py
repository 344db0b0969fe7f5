# case: a kNN-graph sparsifier that keeps similarity entries above a threshold using ops.nonzero and gather_nd, then wraps them in a COOTensor; nnz is data-dependent so shapes should be dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SimilarityGraph(nn.Cell):
    def __init__(self, dim=4, threshold=0.2):
        super().__init__()
        self.proj = nn.Dense(dim, dim)
        self.threshold = threshold

    def construct(self, feats):
        z = ops.L2Normalize(axis=-1)(self.proj(feats))
        sim = ops.matmul(z, z.T)
        n = sim.shape[0]
        idx = ops.nonzero(sim > self.threshold).astype(ms.int32)
        vals = ops.gather_nd(sim, idx)
        graph = COOTensor(idx, vals, (n, n))
        agg = graph.to_dense()
        return ops.matmul(agg, feats), vals


def make():
    f = Tensor(np.random.randn(6, 4).astype(np.float32))
    return SimilarityGraph(), (f,)


if __name__ == "__main__":
    net, args = make()
    print(net(*args)[1].shape)
