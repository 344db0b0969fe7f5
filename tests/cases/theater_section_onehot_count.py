# case: house manager counts seating sections with sales through a one-hot histogram instead of unique -> fixed-size histogram, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectionCoverage(nn.Cell):
    def __init__(self, n_sections=12):
        super().__init__()
        self.n_sections = n_sections
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, section_ids, sold_flags):
        hist = ops.one_hot(section_ids, self.n_sections, self.on, self.off)
        hist = hist * sold_flags.astype(ms.float32).expand_dims(-1)
        per_section = hist.sum(axis=0)
        covered = (per_section > 0).astype(ms.float32)
        return covered.sum() / self.n_sections, per_section


def make():
    np.random.seed(42)
    ids = Tensor(np.random.randint(0, 12, size=(60,)).astype(np.int32))
    flags = Tensor(np.random.randint(0, 2, size=(60,)).astype(np.int32))
    return SectionCoverage(), (ids, flags)
