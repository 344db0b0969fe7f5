# case: EmbeddingBag-style mean over bags given offsets, converting offsets to Python ints to slice the flat ids -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbeddingBagMean(nn.Cell):
    """Mean of embeddings per bag; bags are delimited by `offsets` into a flat id list."""

    def __init__(self, num_embeddings=40, dim=6, num_bags=3, include_last_offset=False):
        super().__init__()
        self.num_bags = num_bags
        self.include_last_offset = include_last_offset
        self.weight = ms.Parameter(Tensor(np.random.RandomState(3).randn(num_embeddings, dim)
                                          .astype(np.float32)), name="weight")

    def bag_bounds(self, offsets, total, i):
        start = int(offsets[i])
        if i + 1 < self.num_bags:
            end = int(offsets[i + 1])
        else:
            end = total
        return start, end

    def construct(self, flat_ids, offsets):
        total = flat_ids.shape[0]
        bags = []
        for i in range(self.num_bags):
            start, end = self.bag_bounds(offsets, total, i)
            vecs = ops.gather(self.weight, flat_ids[start:end], 0)
            bags.append(vecs.mean(axis=0))
        return ops.stack(bags)


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 40, size=10).astype(np.int32))
    offsets = Tensor(np.array([0, 4, 5], dtype=np.int32))
    return EmbeddingBagMean(), (ids, offsets)
