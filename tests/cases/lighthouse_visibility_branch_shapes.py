# case: when measured visibility is poor return only the near-range sector readings, otherwise the whole sweep -> if on a tensor with branches of different shapes, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


NEAR_SECTORS = 4


class SweepSelector(nn.Cell):
    def __init__(self, n_sectors=12):
        super().__init__()
        self.norm = nn.LayerNorm((n_sectors,))

    def construct(self, backscatter, visibility_km):
        sweep = self.norm(backscatter)
        if visibility_km < 1.0:
            out = sweep[:, :NEAR_SECTORS]
        else:
            out = sweep
        return out * 2.0


def make():
    np.random.seed(3045)
    bs = Tensor(np.random.rand(3, 12).astype(np.float32))
    vis = Tensor(np.float32(0.4))
    return SweepSelector(), (bs, vis)
