# case: panel aggregation counts how many distinct descriptor codes the assessors used via ops.unique -> output length depends on data, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DescriptorVocabulary(nn.Cell):
    """Collapse free-choice descriptor codes from a sniffing panel."""

    def __init__(self, vocab_size=64, emb=16):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, emb)

    def construct(self, codes, intensity):
        flat = codes.reshape(-1)
        uniq, inv = ops.unique(flat)
        counts = ops.zeros(uniq.shape, ms.float32)
        counts = ops.tensor_scatter_add(counts, inv.reshape(-1, 1), intensity.reshape(-1))
        vecs = self.emb(uniq)
        profile = (vecs * counts.reshape(-1, 1)).sum(axis=0)
        return profile, uniq.shape[0]


def make():
    np.random.seed(31)
    codes = np.random.randint(0, 20, size=(12, 5)).astype(np.int32)
    intensity = np.random.randint(1, 10, size=(12, 5)).astype(np.float32)
    return DescriptorVocabulary(), (Tensor(codes), Tensor(intensity))
