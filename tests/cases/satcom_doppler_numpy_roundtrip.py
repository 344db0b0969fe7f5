# case: computes Doppler shift from radial velocity but converts the tensor to NumPy inside construct to do the correction -> host round trip via asnumpy in Graph mode, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SPEED_OF_LIGHT = 299792458.0


class DopplerCorrector(nn.Cell):
    def __init__(self, carrier_hz=12.0e9):
        super().__init__()
        self.fc = carrier_hz

    def construct(self, radial_velocity, rx_freq):
        v = radial_velocity.asnumpy()
        shift = self.fc * v / SPEED_OF_LIGHT
        corrected = rx_freq - Tensor(shift.astype(np.float32))
        return corrected


def make():
    np.random.seed(7)
    v = Tensor(np.random.uniform(-7000, 7000, size=(5,)).astype(np.float32))
    f = Tensor((12.0e9 + np.random.uniform(-3e5, 3e5, size=(5,))).astype(np.float32))
    return DopplerCorrector(), (v, f)
