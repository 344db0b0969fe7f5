# case: sparsemax for attentive feature selection trims the sorted logits to the largest support size in the batch (z_sorted[..., :k] with k = int(support.sum().max())) -> Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Sparsemax(nn.Cell):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def _support(self, z_sorted):
        d = z_sorted.shape[-1]
        rhos = ops.arange(1, d + 1).astype(z_sorted.dtype)
        cums = ops.cumsum(z_sorted, -1)
        return (1 + rhos * z_sorted) > cums

    def _threshold(self, z):
        z_sorted, _ = ops.sort(z, axis=-1, descending=True)
        support = self._support(z_sorted)
        k = int(support.astype(ms.int32).sum(-1).max())
        top = z_sorted[..., :k]
        in_supp = support[..., :k].astype(z.dtype)
        k_row = in_supp.sum(-1, keepdims=True)
        return ((top * in_supp).sum(-1, keepdims=True) - 1) / k_row

    def construct(self, z):
        z = z - z.max(axis=-1, keepdims=True)
        tau = self._threshold(z)
        return ops.relu(z - tau)


class AttentiveTransformer(nn.Cell):
    def __init__(self, d_in, n_features):
        super().__init__()
        self.fc = nn.Dense(d_in, n_features, has_bias=False)
        self.bn = nn.BatchNorm1d(n_features)
        self.selector = Sparsemax()

    def construct(self, a, prior):
        return self.selector(self.bn(self.fc(a)) * prior)


def make():
    np.random.seed(15)
    a = Tensor(np.random.randn(8, 6).astype(np.float32))
    prior = Tensor(np.ones((8, 10), np.float32))
    return AttentiveTransformer(6, 10), (a, prior)
