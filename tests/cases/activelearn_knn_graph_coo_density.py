# case: density-weighted uncertainty builds a sparse kNN affinity graph as a COOTensor and multiplies it with a dense vector -> sparse tensor built in construct, likely error or unsupported on CPU graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class KNNDensityWeighting(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.k = k

    def construct(self, feats, uncertainty):
        n = feats.shape[0]
        d = ((feats.expand_dims(1) - feats.expand_dims(0)) ** 2).sum(axis=-1)
        neg_d, nbr = ops.topk(-d, self.k)
        rows = ops.arange(n, dtype=ms.int32).reshape(n, 1).tile((1, self.k)).reshape(-1)
        cols = nbr.astype(ms.int32).reshape(-1)
        indices = ops.stack([rows, cols], axis=1)
        values = ops.exp(neg_d.reshape(-1))
        graph = COOTensor(indices, values, (n, n))
        density = graph.to_dense().sum(axis=1)
        return uncertainty * density


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(10, 3).astype(np.float32))
    unc = Tensor(np.random.rand(10).astype(np.float32))
    return KNNDensityWeighting(), (feats, unc)
