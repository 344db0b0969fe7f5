# case: corrects received carrier frequencies for Doppler using satellite velocity vectors and line-of-sight unit vectors, all elementwise -> pure tensor arithmetic, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DopplerCorrection(nn.Cell):
    def __init__(self, carrier_hz=11.7e9):
        super().__init__()
        self.fc = carrier_hz
        self.c = 299792458.0

    def unit(self, v):
        return v / ops.norm(v, dim=-1, keepdim=True)

    def construct(self, sat_vel, sat_pos, ue_pos, rx_freq):
        los = self.unit(sat_pos - ue_pos)
        v_radial = (sat_vel * los).sum(axis=-1)
        f_doppler = -self.fc * v_radial / self.c
        return rx_freq - f_doppler, f_doppler


def make():
    np.random.seed(35)
    vel = Tensor(np.random.uniform(-7500, 7500, size=(5, 3)).astype(np.float32))
    pos = Tensor(np.random.uniform(6.9e6, 7.2e6, size=(5, 3)).astype(np.float32))
    ue = Tensor(np.random.uniform(6.3e6, 6.4e6, size=(5, 3)).astype(np.float32))
    f = Tensor(np.random.uniform(-1e5, 1e5, size=(5,)).astype(np.float32))
    return DopplerCorrection(), (vel, pos, ue, f)
