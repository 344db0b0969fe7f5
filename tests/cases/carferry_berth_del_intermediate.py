# case: berth approach Kalman-style position filter deletes the large innovation matrix with del after use to save memory -> del statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApproachFilter(nn.Cell):
    def __init__(self, gain=0.35):
        super().__init__()
        self.gain = gain
        self.F = Tensor(np.array([[1.0, 1.0], [0.0, 1.0]], np.float32))

    def construct(self, state, gps_pos):
        pred = ops.matmul(state, self.F.T)
        innovation = gps_pos - pred[:, 0:1]
        correction = ops.concat([innovation * self.gain, innovation * self.gain * 0.1], axis=1)
        del innovation
        return pred + correction


def make():
    np.random.seed(28)
    state = np.random.normal(0, 1, (3, 2)).astype(np.float32)
    gps = np.random.normal(0, 1, (3, 1)).astype(np.float32)
    return ApproachFilter(), (Tensor(state), Tensor(gps))
