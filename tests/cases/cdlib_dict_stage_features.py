# case: FPN-style change neck stores per-stage difference maps in a dict keyed by constant stage names and returns them as a tuple in key order -> dict with constant string keys in construct, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STAGE_NAMES = ("res2", "res3", "res4")


class NeckConfig:
    def __init__(self, widths=(4, 8, 8), out_dim=8):
        self.widths = widths
        self.out_dim = out_dim


class ChangeNeck(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lateral = nn.CellList([nn.Conv2d(w, config.out_dim, 1) for w in config.widths])

    def construct(self, feats_t1, feats_t2):
        outs = {}
        for name, lat, f1, f2 in zip(STAGE_NAMES, self.lateral, feats_t1, feats_t2):
            outs[name] = ops.abs(lat(f1) - lat(f2))
        return tuple(outs[k] for k in STAGE_NAMES)


def make():
    np.random.seed(47)
    sizes = ((4, 16), (8, 8), (8, 4))
    f1 = tuple(Tensor(np.random.randn(1, c, s, s).astype(np.float32)) for c, s in sizes)
    f2 = tuple(Tensor(np.random.randn(1, c, s, s).astype(np.float32)) for c, s in sizes)
    return ChangeNeck(NeckConfig()), (f1, f2)
