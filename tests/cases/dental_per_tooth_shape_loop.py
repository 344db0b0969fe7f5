# case: loop over teeth with range(x.shape[0]) computing per-tooth crown-to-root ratios from static slices, then stack -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownRootRatio(nn.Cell):
    def __init__(self, crown_rows=10):
        super().__init__()
        self.crown_rows = crown_rows

    def tooth_ratio(self, profile):
        crown = profile[:self.crown_rows].sum()
        root = profile[self.crown_rows:].sum()
        return crown / (root + 1e-4)

    def construct(self, tooth_profiles):
        ratios = []
        for t in range(tooth_profiles.shape[0]):
            ratios.append(self.tooth_ratio(tooth_profiles[t]))
        ratios = ops.stack(ratios)
        unfavourable = (ratios > 1.0).astype(ms.float32)
        return ratios, unfavourable


def make():
    np.random.seed(39)
    profiles = np.random.rand(6, 30).astype(np.float32)
    return CrownRootRatio(), (Tensor(profiles),)
