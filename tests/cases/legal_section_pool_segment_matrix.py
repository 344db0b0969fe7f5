# case: mean-pool paragraphs into sections with a one-hot segment-assignment matrix built from section ids -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentSectionPooler(nn.Cell):
    def __init__(self, hidden=8, max_sections=4):
        super().__init__()
        self.max_sections = max_sections
        self.proj = nn.Dense(hidden, hidden)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, para_emb, section_ids):
        assign = ops.one_hot(section_ids, self.max_sections, self.on, self.off)  # (P, S)
        sums = ops.matmul(assign.T, para_emb)                                    # (S, H)
        counts = assign.sum(axis=0).expand_dims(-1)
        means = sums / ops.maximum(counts, 1.0)
        return self.proj(means)


def make():
    np.random.seed(15)
    para_emb = Tensor(np.random.randn(10, 8).astype(np.float32))
    section_ids = Tensor(np.array([0, 0, 1, 1, 1, 1, 1, 2, 2, 2], dtype=np.int32))
    return SegmentSectionPooler(), (para_emb, section_ids)
