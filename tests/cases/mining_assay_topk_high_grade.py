# case: pick the top assays of each drill hole where k equals the number of intervals above cutoff grade -> k comes from tensor data, graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CUTOFF_CU_PCT = 0.45


class HighGradeSelector(nn.Cell):
    """Averages the best assay intervals of a drill hole."""

    def __init__(self, cutoff=CUTOFF_CU_PCT):
        super().__init__()
        self.cutoff = cutoff

    def count_ore_intervals(self, assays):
        above = (assays > self.cutoff).astype(ms.int32)
        return above.sum()

    def construct(self, assays):
        n_ore = self.count_ore_intervals(assays)
        k = int(n_ore)
        best, _ = ops.topk(assays, k)
        return best.mean()


def make():
    np.random.seed(11)
    cu = np.random.lognormal(mean=-1.0, sigma=0.6, size=(48,)).astype(np.float32)
    return HighGradeSelector(), (Tensor(cu),)
