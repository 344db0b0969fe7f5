# case: house manager counts distinct seating sections that sold at least one ticket using ops.unique -> unique output length from data, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectionCoverage(nn.Cell):
    def __init__(self, n_sections=12):
        super().__init__()
        self.n_sections = n_sections

    def construct(self, section_ids, sold_flags):
        sold_sections = section_ids * sold_flags
        uniq, _ = ops.unique(sold_sections)
        coverage = uniq.shape[0] / self.n_sections
        return ops.cast(uniq, ms.float32).mean() * coverage


def make():
    np.random.seed(41)
    ids = Tensor(np.random.randint(1, 12, size=(60,)).astype(np.int32))
    flags = Tensor(np.random.randint(0, 2, size=(60,)).astype(np.int32))
    return SectionCoverage(), (ids, flags)
