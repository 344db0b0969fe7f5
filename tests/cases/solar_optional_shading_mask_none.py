# case: irradiance-to-power model takes an optional shading mask and applies it only when it is not None -> is None test, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArrayPowerModel(nn.Cell):
    def __init__(self, rated_w=400.0, gamma=-0.0035, t_ref=25.0):
        super().__init__()
        self.rated_w = rated_w
        self.gamma = gamma
        self.t_ref = t_ref

    def module_power(self, poa, cell_temp):
        return self.rated_w * poa / 1000.0 * (1.0 + self.gamma * (cell_temp - self.t_ref))

    def construct(self, poa, cell_temp, shading=None):
        p = self.module_power(poa, cell_temp)
        if shading is not None:
            p = p * (1.0 - shading)
        return p.sum(axis=-1)


def make():
    np.random.seed(37)
    poa = np.random.uniform(400, 1000, size=(5, 20)).astype(np.float32)
    temp = np.random.uniform(25, 60, size=(5, 20)).astype(np.float32)
    return ArrayPowerModel(), (Tensor(poa), Tensor(temp), None)
