# case: cascaded attitude PID whose per-axis gains come from a config tuple unrolled in a constant loop, followed by a small SequentialCell mixer -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GAINS = ((4.5, 0.05, 0.3), (4.5, 0.05, 0.3), (2.0, 0.01, 0.1))


class AttitudePID(nn.Cell):
    def __init__(self, gains=GAINS, n_motors=4):
        super().__init__()
        self.gains = gains
        self.mixer = nn.SequentialCell(nn.Dense(3, 16), nn.Tanh(), nn.Dense(16, n_motors), nn.Sigmoid())

    def construct(self, err, err_int, err_rate):
        # err, err_int, err_rate: (B, 3) roll/pitch/yaw
        torques = []
        for axis, (kp, ki, kd) in enumerate(self.gains):
            torques.append(kp * err[:, axis] + ki * err_int[:, axis] + kd * err_rate[:, axis])
        torque = ops.stack(torques, axis=1)
        return self.mixer(torque)


def make():
    np.random.seed(36)
    e = np.random.randn(4, 3).astype(np.float32) * 0.1
    ei = np.random.randn(4, 3).astype(np.float32) * 0.5
    er = np.random.randn(4, 3).astype(np.float32)
    return AttitudePID(), (Tensor(e), Tensor(ei), Tensor(er))
