# case: gripper post-processing averages only the gripper commands above the close threshold, collected with ops.masked_select in a mixin helper -> masked_select output length depends on data, expect dynamic shape or a Graph-mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GripperConfig:
    def __init__(self, close_threshold=0.5, open_value=0.0, close_value=1.0, gripper_index=-1):
        self.close_threshold = close_threshold
        self.open_value = open_value
        self.close_value = close_value
        self.gripper_index = gripper_index


class GripperStatsMixin:
    def closing_strength(self, grip):
        closing = ops.masked_select(grip, grip > self.close_threshold)
        return closing.mean()


class GripperPostprocess(nn.Cell, GripperStatsMixin):
    def __init__(self, config):
        super().__init__()
        self.close_threshold = config.close_threshold
        self.gripper_index = config.gripper_index
        self.close_value = config.close_value
        self.open_value = config.open_value

    def construct(self, actions):
        # actions: (chunk, action_dim), last column is gripper in [0, 1]
        grip = actions[:, self.gripper_index]
        strength = self.closing_strength(grip)
        cmd = ops.where(grip > self.close_threshold, self.close_value, self.open_value)
        return cmd, strength


def make():
    np.random.seed(6)
    actions = Tensor(np.random.rand(12, 7).astype(np.float32))
    return GripperPostprocess(GripperConfig()), (actions,)
