# case: coreset mixin marks near-duplicate memory-bank rows with a mask and pushes their distances to +large by multiplication instead of removing rows -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

_LARGE = 1e6


class CoresetConfig:
    prune_duplicates = True
    duplicate_radius = 0.5
    embed_dim = 16
    bank_size = 40


def sq_dist(x, y):
    return (x * x).sum(1, keepdims=True) - 2.0 * ops.matmul(x, y.T) + (y * y).sum(1).reshape(1, -1)


class CoresetMixin:
    def _duplicate_penalty(self, bank):
        d = sq_dist(bank, bank) + ops.eye(bank.shape[0], bank.shape[0], ms.float32) * _LARGE
        keep = (d.min(axis=1) > self.duplicate_radius).astype(ms.float32)
        return (1.0 - keep).reshape(1, -1) * _LARGE


class NearestNeighbourScorer(nn.Cell, CoresetMixin):
    def __init__(self, config=CoresetConfig()):
        super().__init__()
        self.prune_duplicates = config.prune_duplicates
        self.duplicate_radius = config.duplicate_radius
        bank = np.random.randn(config.bank_size, config.embed_dim).astype(np.float32) * 0.3
        self.memory_bank = Parameter(Tensor(bank), name="memory_bank", requires_grad=False)

    def construct(self, embedding):
        b, c, h, w = embedding.shape
        patches = embedding.transpose(0, 2, 3, 1).reshape(-1, c)
        dist = sq_dist(patches, self.memory_bank)
        if self.prune_duplicates:
            dist = dist + self._duplicate_penalty(self.memory_bank)
        scores = dist.min(axis=1)
        return ops.sqrt(ops.relu(scores)).reshape(b, 1, h, w)


def make():
    np.random.seed(3644)
    net = NearestNeighbourScorer()
    emb = Tensor(np.random.randn(2, 16, 4, 4).astype(np.float32))
    return net, (emb,)
