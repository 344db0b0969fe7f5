# case: whole-body controller that gathers the actuated joint subset listed in the config and scatters torques back -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActuatedJointController(nn.Cell):
    def __init__(self, num_joints=8, actuated=(0, 2, 3, 5, 7), kp=40.0, kd=2.0, torque_limit=30.0):
        super().__init__()
        self.num_joints = num_joints
        self.actuated_idx = Tensor(np.array(actuated, np.int32))
        self.num_actuated = len(actuated)
        self.kp = kp
        self.kd = kd
        self.torque_limit = torque_limit
        self.residual = nn.Dense(2 * len(actuated), len(actuated))

    def pd_torque(self, q, qd, q_des):
        return self.kp * (q_des - q) - self.kd * qd

    def construct(self, q, qd, q_des):
        q_a = ops.gather(q, self.actuated_idx, 1)
        qd_a = ops.gather(qd, self.actuated_idx, 1)
        tau = self.pd_torque(q_a, qd_a, ops.gather(q_des, self.actuated_idx, 1))
        tau = tau + self.residual(ops.concat((q_a, qd_a), axis=-1))
        tau = ops.clamp(tau, -self.torque_limit, self.torque_limit)
        full = ops.zeros((q.shape[0], self.num_joints), ms.float32)
        idx = ops.broadcast_to(self.actuated_idx.reshape(1, -1), (q.shape[0], self.num_actuated))
        return ops.tensor_scatter_elements(full, idx, tau, axis=1)


def make():
    np.random.seed(35)
    q = Tensor(np.random.randn(2, 8).astype(np.float32))
    qd = Tensor(np.random.randn(2, 8).astype(np.float32))
    q_des = Tensor(np.zeros((2, 8), np.float32))
    return ActuatedJointController(), (q, qd, q_des)
