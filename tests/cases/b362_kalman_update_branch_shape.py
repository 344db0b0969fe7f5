# case: Kalman update appends the innovation to the state only when the max gating distance is below chi2 threshold, branches differ in shape -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHI2INV95_4 = 9.4877


class KalmanUpdater(nn.Cell):
    def __init__(self, ndim=4, std_pos=0.05, return_innovation=True):
        super().__init__()
        self.ndim = ndim
        self.std_pos = std_pos
        self.return_innovation = return_innovation
        h = np.eye(ndim, 2 * ndim, dtype=np.float32)
        self.update_mat = Tensor(h)

    def _project(self, mean):
        return ops.matmul(mean, self.update_mat.T)

    def construct(self, mean, measurement):
        projected = self._project(mean)
        innovation = measurement - projected
        maha = (innovation * innovation).sum(-1) / (self.std_pos ** 2)
        new_pos = projected + 0.5 * innovation
        new_mean = ops.concat([new_pos, mean[:, self.ndim:]], axis=1)
        if maha.max() < CHI2INV95_4 and self.return_innovation:
            new_mean = ops.concat([new_mean, innovation], axis=1)
        return new_mean


def make():
    np.random.seed(171)
    mean = Tensor(np.random.randn(3, 8).astype(np.float32))
    meas = Tensor((np.random.randn(3, 4) * 0.01).astype(np.float32))
    return KalmanUpdater(), (mean, meas)
