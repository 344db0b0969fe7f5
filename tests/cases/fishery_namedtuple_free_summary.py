# case: haul summary returned as a plain tuple built by a module-level helper (no class objects) -> tuples of tensors, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def summarise(lengths_cm, weights_kg, min_size_cm):
    legal = (lengths_cm >= min_size_cm).astype(ms.float32)
    return (weights_kg.sum(), legal.sum(), lengths_cm.mean(), (weights_kg * legal).sum())


class HaulSummariser(nn.Cell):
    def __init__(self, min_size_cm=30.0):
        super().__init__()
        self.min_size_cm = min_size_cm

    def construct(self, lengths_cm, weights_kg):
        total, n_legal, mean_len, legal_kg = summarise(lengths_cm, weights_kg, self.min_size_cm)
        undersize_share = 1.0 - legal_kg / total
        return total, n_legal, mean_len, undersize_share


def make():
    np.random.seed(30)
    lengths = Tensor(np.random.uniform(20, 70, size=(25,)).astype(np.float32))
    weights = Tensor(np.random.uniform(0.2, 4.0, size=(25,)).astype(np.float32))
    return HaulSummariser(), (lengths, weights)
