# case: mean-pool each document section by slicing paragraph embeddings between section boundary offsets read from a tensor -> slice bounds from tensor values, dynamic slices in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectionPooler(nn.Cell):
    def __init__(self, hidden=8, num_sections=3):
        super().__init__()
        self.num_sections = num_sections
        self.proj = nn.Dense(hidden, hidden)

    def construct(self, para_emb, boundaries):
        pooled = []
        for i in range(self.num_sections):
            start = boundaries[i]
            end = boundaries[i + 1]
            section = para_emb[start:end]
            pooled.append(section.mean(axis=0))
        sections = ops.stack(pooled, axis=0)
        return self.proj(sections)


def make():
    np.random.seed(14)
    para_emb = Tensor(np.random.randn(10, 8).astype(np.float32))
    boundaries = Tensor(np.array([0, 2, 7, 10], dtype=np.int32))
    return SectionPooler(), (para_emb, boundaries)
