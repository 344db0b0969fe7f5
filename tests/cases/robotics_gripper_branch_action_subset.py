# case: hybrid controller returning only arm joints when the gripper is closed and full action otherwise (branch on a tensor) -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HybridArmGripperController(nn.Cell):
    def __init__(self, obs_dim=9, arm_dof=6, gripper_dof=1, grip_threshold=0.5):
        super().__init__()
        self.arm_dof = arm_dof
        self.head = nn.Dense(obs_dim, arm_dof + gripper_dof)
        self.grip_threshold = grip_threshold

    def gripper_closed(self, obs):
        return obs[:, -1].mean() > self.grip_threshold

    def construct(self, obs):
        cmd = ops.tanh(self.head(obs))
        if self.gripper_closed(obs):
            out = cmd[:, :self.arm_dof]
        else:
            out = cmd
        return out * 0.5


def make():
    np.random.seed(32)
    obs = Tensor(np.random.rand(2, 9).astype(np.float32))
    return HybridArmGripperController(), (obs,)
