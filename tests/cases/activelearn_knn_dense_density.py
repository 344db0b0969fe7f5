# case: density-weighted uncertainty computes kNN affinities densely with topk and a fixed k from the constructor -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNNDensityWeighting(nn.Cell):
    def __init__(self, k=3, beta=1.0):
        super().__init__()
        self.k = k
        self.beta = beta

    def sq_dists(self, feats):
        diff = feats.expand_dims(1) - feats.expand_dims(0)
        return (diff * diff).sum(axis=-1)

    def construct(self, feats, uncertainty):
        d = self.sq_dists(feats)
        neg_d, _ = ops.topk(-d, self.k)
        density = ops.exp(neg_d).mean(axis=1)
        return uncertainty * ops.pow(density, self.beta)


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(10, 3).astype(np.float32))
    unc = Tensor(np.random.rand(10).astype(np.float32))
    return KNNDensityWeighting(), (feats, unc)
