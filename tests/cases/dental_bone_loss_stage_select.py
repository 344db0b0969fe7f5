# case: periodontal stage per tooth chosen with nested ops.select on bone-loss percentage -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeriodontalStager(nn.Cell):
    """Stage I (<15%), II (15-33%), III (>33%) from radiographic bone loss."""

    def __init__(self, stage2_pct=15.0, stage3_pct=33.0):
        super().__init__()
        self.stage2_pct = stage2_pct
        self.stage3_pct = stage3_pct

    def construct(self, crest_depth, root_length):
        pct = crest_depth / root_length * 100.0
        one = ops.ones_like(pct)
        stage = ops.select(pct > self.stage3_pct, one * 3,
                           ops.select(pct > self.stage2_pct, one * 2, one))
        worst = stage.max(axis=1)
        return stage, worst


def make():
    np.random.seed(5)
    crest = np.random.rand(2, 28).astype(np.float32) * 7.0
    root = np.random.rand(2, 28).astype(np.float32) * 4.0 + 11.0
    return PeriodontalStager(), (Tensor(crest), Tensor(root))
