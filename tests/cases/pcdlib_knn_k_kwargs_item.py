# case: k-NN grouper takes k through **kwargs; a helper turns a tensor k into a Python int with .item() and feeds it to topk -> dynamic/error (top-k size from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNNConfig:
    k = 8
    use_relative = True


def pairwise_sqdist(a, b):
    return (a.expand_dims(2) - b.expand_dims(1)).pow(2).sum(-1)


class KNNGrouper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.default_k = config.k
        self.use_relative = config.use_relative

    def _resolve_k(self, k=None):
        if k is None:
            return self.default_k
        if isinstance(k, Tensor):
            return k.item()
        return k

    def construct(self, xyz, feats, **kwargs):
        k = self._resolve_k(kwargs.get("k", None))
        d = pairwise_sqdist(xyz, xyz)
        _, idx = ops.topk(-d, k, dim=-1)
        b, n, c = feats.shape
        flat = idx.reshape(b, -1)
        grouped = ops.gather_elements(feats, 1, ops.tile(flat.expand_dims(-1), (1, 1, c)))
        grouped = grouped.reshape(b, n, -1, c)
        if self.use_relative:
            grouped = grouped - feats.expand_dims(2)
        return grouped.max(axis=2)


class Wrapper(nn.Cell):
    def __init__(self, grouper):
        super().__init__()
        self.grouper = grouper

    def construct(self, xyz, feats, k):
        return self.grouper(xyz, feats, k=k)


def make():
    np.random.seed(3485)
    xyz = Tensor(np.random.rand(2, 32, 3).astype(np.float32))
    feats = Tensor(np.random.randn(2, 32, 6).astype(np.float32))
    k = Tensor(np.array(6, dtype=np.int32))
    return Wrapper(KNNGrouper(KNNConfig())), (xyz, feats, k)
