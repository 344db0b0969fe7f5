# case: delay-and-sum beamformer accumulating over a constant number of antennas with a Python range loop and a phase table -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayAndSum(nn.Cell):
    def __init__(self, n_ant=4, n_angles=7, spacing_wl=0.5):
        super().__init__()
        self.n_ant = n_ant
        ang = np.linspace(-np.pi / 3, np.pi / 3, n_angles)
        ph = 2 * np.pi * spacing_wl * np.outer(np.arange(n_ant), np.sin(ang))
        self.cos_t = Tensor(np.cos(ph).astype(np.float32))    # (n_ant, n_angles)
        self.sin_t = Tensor(np.sin(ph).astype(np.float32))

    def construct(self, x_re, x_im):
        # x: (n_ant, snapshots)
        acc_re = ops.zeros((self.cos_t.shape[1], x_re.shape[1]), ms.float32)
        acc_im = ops.zeros((self.cos_t.shape[1], x_re.shape[1]), ms.float32)
        for a in range(self.n_ant):
            c = self.cos_t[a].expand_dims(1)
            s = self.sin_t[a].expand_dims(1)
            acc_re = acc_re + c * x_re[a] + s * x_im[a]
            acc_im = acc_im + c * x_im[a] - s * x_re[a]
        spectrum = (acc_re * acc_re + acc_im * acc_im).mean(axis=1)
        return spectrum, spectrum.argmax()


def make():
    np.random.seed(34)
    re = Tensor(np.random.randn(4, 10).astype(np.float32))
    im = Tensor(np.random.randn(4, 10).astype(np.float32))
    return DelayAndSum(), (re, im)
