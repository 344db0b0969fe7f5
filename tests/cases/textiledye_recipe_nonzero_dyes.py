# case: list which dyes in a predicted recipe are actually used (concentration above 0.01 %owf) with ops.nonzero and gather their K/S -> nonzero has data-dependent length, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveDyeSelector(nn.Cell):
    def __init__(self, n_dyes=8, n_wl=31, min_owf=0.01):
        super().__init__()
        self.min_owf = min_owf
        self.recipe_head = nn.Dense(n_wl, n_dyes)
        self.softplus = ops.Softplus()

    def construct(self, target_ks, unit_ks):
        # target_ks: (31,) K/S of target colour; unit_ks: (n_dyes, 31) unit K/S per dye
        conc = self.softplus(self.recipe_head(target_ks.reshape(1, -1))).reshape(-1)
        conc = conc - 0.5
        used = ops.nonzero(conc > self.min_owf).reshape(-1)
        used_ks = ops.gather(unit_ks, used, 0)
        used_conc = ops.gather(conc, used, 0)
        mix = (used_ks * used_conc.reshape(-1, 1)).sum(axis=0)
        return mix


def make():
    np.random.seed(17)
    target = np.abs(np.random.randn(31)).astype(np.float32)
    unit = np.abs(np.random.randn(8, 31)).astype(np.float32)
    return ActiveDyeSelector(), (Tensor(target), Tensor(unit))
