# case: link budget helper turns the mean path distance tensor into a Python float and uses math.log10 for free-space path loss -> float() and math on a tensor in construct, Graph mode error or fallback
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinkBudget(nn.Cell):
    def __init__(self, freq_ghz=20.0, eirp_dbw=55.0, g_over_t=15.0):
        super().__init__()
        self.freq_ghz = freq_ghz
        self.eirp = eirp_dbw
        self.g_t = g_over_t

    def fspl_db(self, dist_km):
        d = float(dist_km.mean())
        return 92.45 + 20.0 * math.log10(d) + 20.0 * math.log10(self.freq_ghz)

    def construct(self, dist_km, atm_loss_db):
        loss = self.fspl_db(dist_km)
        cn0 = self.eirp + self.g_t - loss - atm_loss_db + 228.6
        return cn0


def make():
    np.random.seed(8)
    dist = Tensor(np.random.uniform(600, 2000, size=(6,)).astype(np.float32))
    atm = Tensor(np.random.uniform(0.5, 3.0, size=(6,)).astype(np.float32))
    return LinkBudget(), (dist, atm)
