# case: sonar preprocessing applies time-varied gain only when the apply_tvg config flag is set -> Python bool flag branch, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GainCorrection(nn.Cell):
    def __init__(self, n_range=80, alpha_db_per_m=0.01, range_res_m=0.5, apply_tvg=True):
        super().__init__()
        r = (np.arange(n_range, dtype=np.float32) + 1.0) * range_res_m
        self.tvg = Tensor((20 * np.log10(r) + 2 * alpha_db_per_m * r).reshape(-1, 1))
        self.apply_tvg = apply_tvg

    def construct(self, sv_db):
        if self.apply_tvg:
            out = sv_db + self.tvg
        else:
            out = sv_db
        return out.mean(axis=0), out.max(axis=0)


def make():
    np.random.seed(35)
    sv = Tensor(np.random.uniform(-90, -40, size=(80, 12)).astype(np.float32))
    return GainCorrection(), (sv,)
