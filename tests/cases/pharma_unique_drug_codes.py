# case: counts distinct suspect drug codes in a batch of case reports with ops.unique -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrugCodeCounter(nn.Cell):
    def __init__(self, vocab_size=50, dim=4):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)

    def construct(self, drug_codes):
        flat = drug_codes.reshape(-1)
        distinct, inverse = ops.unique(flat)
        counts = ops.zeros(distinct.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.expand_dims(-1), ops.ones(flat.shape, ms.float32))
        vecs = self.embed(distinct)
        return (vecs * counts.expand_dims(-1)).sum(axis=0)


def make():
    np.random.seed(10)
    codes = np.random.randint(0, 12, size=(6, 5)).astype(np.int32)
    return DrugCodeCounter(), (Tensor(codes),)
