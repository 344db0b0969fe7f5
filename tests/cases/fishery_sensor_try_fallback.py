# case: sonar preprocessing wraps the gain correction in try/except and falls back to raw Sv if it fails -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GainCorrection(nn.Cell):
    def __init__(self, n_range=80, alpha_db_per_m=0.01, range_res_m=0.5):
        super().__init__()
        r = (np.arange(n_range, dtype=np.float32) + 1.0) * range_res_m
        self.tvg = Tensor((20 * np.log10(r) + 2 * alpha_db_per_m * r).reshape(-1, 1))

    def construct(self, sv_db):
        try:
            out = sv_db + self.tvg
        except ValueError:
            out = sv_db
        return out.mean(axis=0)


def make():
    np.random.seed(34)
    sv = Tensor(np.random.uniform(-90, -40, size=(80, 12)).astype(np.float32))
    return GainCorrection(), (sv,)
