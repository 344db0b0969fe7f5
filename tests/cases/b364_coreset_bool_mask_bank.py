# case: coreset mixin prunes near-duplicate memory-bank rows with a boolean mask (bank[keep]) before nearest-neighbour scoring -> bool-mask indexing gives data-dependent size, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CoresetConfig:
    prune_duplicates = True
    duplicate_radius = 0.5
    embed_dim = 16
    bank_size = 40


def sq_dist(x, y):
    return (x * x).sum(1, keepdims=True) - 2.0 * ops.matmul(x, y.T) + (y * y).sum(1).reshape(1, -1)


class CoresetMixin:
    def _prune(self, bank):
        d = sq_dist(bank, bank) + ops.eye(bank.shape[0], bank.shape[0], ms.float32) * 1e6
        nearest = d.min(axis=1)
        keep = nearest > self.duplicate_radius
        return bank[keep]


class NearestNeighbourScorer(nn.Cell, CoresetMixin):
    def __init__(self, config=CoresetConfig()):
        super().__init__()
        self.prune_duplicates = config.prune_duplicates
        self.duplicate_radius = config.duplicate_radius
        bank = np.random.randn(config.bank_size, config.embed_dim).astype(np.float32) * 0.3
        self.memory_bank = Parameter(Tensor(bank), name="memory_bank", requires_grad=False)

    def construct(self, embedding):
        b, c, h, w = embedding.shape
        bank = self.memory_bank
        if self.prune_duplicates:
            bank = self._prune(bank)
        patches = embedding.transpose(0, 2, 3, 1).reshape(-1, c)
        scores = sq_dist(patches, bank).min(axis=1)
        return ops.sqrt(ops.relu(scores)).reshape(b, 1, h, w)


def make():
    np.random.seed(3643)
    net = NearestNeighbourScorer()
    emb = Tensor(np.random.randn(2, 16, 4, 4).astype(np.float32))
    return net, (emb,)
