# case: count distinct sorts (glyph ids) used in a composed forme with ops.unique -> unique output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortCensus(nn.Cell):
    """How many distinct pieces of type a forme needs from the case."""

    def __init__(self, case_size=96):
        super().__init__()
        self.case_size = case_size
        self.wear = ms.Parameter(Tensor(np.linspace(0.0, 1.0, case_size).astype(np.float32)), requires_grad=False)

    def construct(self, forme_glyphs):
        flat = forme_glyphs.reshape(-1)
        distinct, _ = ops.unique(flat)
        wear_used = ops.gather(self.wear, distinct, 0)
        return distinct.shape[0], wear_used.mean()


def make():
    np.random.seed(41)
    forme = np.random.randint(0, 60, size=(12, 30)).astype(np.int32)
    return SortCensus(), (Tensor(forme),)
