# case: EmbeddingBag over flat multi-hot ids pooled per bag by slicing with offsets read from a tensor -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbeddingBag(nn.Cell):
    """Torch-style EmbeddingBag: flat ids plus offsets marking where each bag starts."""

    def __init__(self, vocab_size=100, dim=8, mode="mean"):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim)
        self.mode = mode

    def pool(self, vecs):
        if self.mode == "sum":
            return vecs.sum(axis=0)
        if self.mode == "max":
            return vecs.max(axis=0)
        return vecs.mean(axis=0)

    def construct(self, flat_ids, offsets):
        flat_emb = self.embedding(flat_ids)
        num_bags = offsets.shape[0]
        total = flat_ids.shape[0]
        bags = []
        for b in range(num_bags):
            start = offsets[b]
            end = offsets[b + 1] if b + 1 < num_bags else total
            bags.append(self.pool(flat_emb[start:end]))
        return ops.stack(bags)


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 100, size=(10,)).astype(np.int32))
    offsets = Tensor(np.array([0, 3, 4, 8], dtype=np.int32))
    return EmbeddingBag(), (ids, offsets)
