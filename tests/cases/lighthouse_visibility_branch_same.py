# case: when measured visibility is poor damp the far sectors, otherwise keep the whole sweep -> if on a tensor but both branches keep the same shape, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


NEAR_SECTORS = 4


class SweepSelector(nn.Cell):
    def __init__(self, n_sectors=12):
        super().__init__()
        self.norm = nn.LayerNorm((n_sectors,))
        w = np.zeros((n_sectors,), np.float32)
        w[:NEAR_SECTORS] = 1.0
        self.near_weight = Tensor(w)

    def construct(self, backscatter, visibility_km):
        sweep = self.norm(backscatter)
        if visibility_km < 1.0:
            out = sweep * self.near_weight
        else:
            out = sweep
        return out * 2.0


def make():
    np.random.seed(3046)
    bs = Tensor(np.random.rand(3, 12).astype(np.float32))
    vis = Tensor(np.float32(0.4))
    return SweepSelector(), (bs, vis)
