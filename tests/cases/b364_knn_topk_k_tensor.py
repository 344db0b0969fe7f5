# case: PatchCore scorer takes the neighbour count per request as a tensor and calls topk(int(k)) over memory-bank distances -> k from tensor value, expect error/dynamic in Graph mode
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PatchCoreConfig:
    def __init__(self, embed_dim=32, bank_size=64, num_neighbors=3):
        self.embed_dim = embed_dim
        self.bank_size = bank_size
        self.num_neighbors = num_neighbors


def pairwise_sq_dist(x, y):
    xx = (x * x).sum(axis=1, keepdims=True)
    yy = (y * y).sum(axis=1).reshape(1, -1)
    return xx - 2.0 * ops.matmul(x, y.T) + yy


class MemoryBankMixin:
    def _knn(self, patches, k):
        dist = pairwise_sq_dist(patches, self.memory_bank)
        vals, _ = ops.topk(-dist, k)
        return ops.sqrt(ops.relu(-vals))


class PatchCoreScorer(nn.Cell, MemoryBankMixin):
    def __init__(self, config):
        super().__init__()
        self.num_neighbors = config.num_neighbors
        bank = np.random.randn(config.bank_size, config.embed_dim).astype(np.float32)
        self.memory_bank = Parameter(Tensor(bank), name="memory_bank", requires_grad=False)

    def construct(self, features, num_neighbors: Optional[Tensor] = None):
        b, c, h, w = features.shape
        patches = features.transpose(0, 2, 3, 1).reshape(-1, c)
        k = self.num_neighbors if num_neighbors is None else int(num_neighbors)
        knn = self._knn(patches, k)
        patch_scores = knn.mean(axis=1).reshape(b, h, w)
        image_scores = patch_scores.reshape(b, -1).max(axis=1)
        return image_scores, patch_scores


def make():
    np.random.seed(3641)
    cfg = PatchCoreConfig()
    net = PatchCoreScorer(cfg)
    feats = Tensor(np.random.randn(2, 32, 6, 6).astype(np.float32))
    k = Tensor(np.array(5, dtype=np.int32))
    return net, (feats, k)
