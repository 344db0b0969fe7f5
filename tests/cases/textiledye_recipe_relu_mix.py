# case: predict a dye recipe and mix unit K/S curves with concentrations zeroed below 0.01 %owf via ops.where -> fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KSMixer(nn.Cell):
    def __init__(self, n_dyes=8, n_wl=31, min_owf=0.01):
        super().__init__()
        self.min_owf = min_owf
        self.recipe_head = nn.Dense(n_wl, n_dyes)
        self.softplus = ops.Softplus()

    def predict_recipe(self, target_ks):
        conc = self.softplus(self.recipe_head(target_ks.reshape(1, -1))).reshape(-1)
        return conc - 0.5

    def construct(self, target_ks, unit_ks):
        conc = self.predict_recipe(target_ks)
        conc = ops.where(conc > self.min_owf, conc, ops.zeros_like(conc))
        mix = ops.matmul(conc.reshape(1, -1), unit_ks).reshape(-1)
        residual = mix - target_ks
        return mix, (residual * residual).mean()


def make():
    np.random.seed(18)
    target = np.abs(np.random.randn(31)).astype(np.float32)
    unit = np.abs(np.random.randn(8, 31)).astype(np.float32)
    return KSMixer(), (Tensor(target), Tensor(unit))
