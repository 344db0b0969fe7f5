# case: rank the ponds whose brine has passed the NaCl crystallisation point, keeping as many as are currently ready -> top-k size from tensor values, expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HARVEST_BAUME = 25.6  # degrees Baume where halite starts to crystallise


def baume_from_density(rho):
    return 145.0 - 145.0 / rho


class ReadyPondRanker(nn.Cell):
    def __init__(self, threshold=HARVEST_BAUME):
        super().__init__()
        self.threshold = threshold

    def construct(self, density, crust_mm):
        baume = baume_from_density(density)
        ready = (baume > self.threshold).astype(ms.int32)
        n_ready = int(ready.sum())
        score = baume + 0.05 * crust_mm
        top_vals, top_idx = ops.topk(score, n_ready)
        return top_vals, top_idx


def make():
    np.random.seed(3)
    density = Tensor(np.random.uniform(1.15, 1.24, size=(24,)).astype(np.float32))
    crust = Tensor(np.random.uniform(0.0, 40.0, size=(24,)).astype(np.float32))
    return ReadyPondRanker(), (density, crust)
