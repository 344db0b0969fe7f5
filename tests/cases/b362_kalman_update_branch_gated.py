# case: Kalman update branches on the tensor gating distance but both branches return a same-shape state (gated vs full update) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHI2INV95_4 = 9.4877


class KalmanUpdater(nn.Cell):
    def __init__(self, ndim=4, std_pos=0.05, only_position=False):
        super().__init__()
        self.ndim = ndim
        self.std_pos = std_pos
        self.only_position = only_position
        self.update_mat = Tensor(np.eye(ndim, 2 * ndim, dtype=np.float32))

    def _project(self, mean):
        return ops.matmul(mean, self.update_mat.T)

    def construct(self, mean, measurement):
        projected = self._project(mean)
        innovation = measurement - projected
        maha = (innovation * innovation).sum(-1) / (self.std_pos ** 2)
        if maha.max() < CHI2INV95_4:
            gain = 0.5
        else:
            gain = 0.1
        new_pos = projected + gain * innovation
        new_mean = ops.concat([new_pos, mean[:, self.ndim:]], axis=1)
        return new_mean, maha


def make():
    np.random.seed(172)
    mean = Tensor(np.random.randn(3, 8).astype(np.float32))
    meas = Tensor((np.random.randn(3, 4) * 0.01).astype(np.float32))
    return KalmanUpdater(), (mean, meas)
