# case: gripper decoder wraps the width-to-command conversion in try/except so an unexpected action layout falls back to passing the raw value through -> try statement in construct, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GripperConfig:
    def __init__(self, max_width=0.08, close_threshold=0.5, gripper_index=-1):
        self.max_width = max_width
        self.close_threshold = close_threshold
        self.gripper_index = gripper_index


class GripperDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_width = config.max_width
        self.close_threshold = config.close_threshold
        self.idx = config.gripper_index

    def _to_command(self, width):
        closed = width / self.max_width < self.close_threshold
        return ops.where(closed, ops.ones_like(width), ops.zeros_like(width))

    def construct(self, actions):
        try:
            cmd = self._to_command(actions[:, self.idx])
        except IndexError:
            cmd = actions[:, -1]
        return ops.concat([actions[:, :-1], cmd.expand_dims(1)], axis=1)


def make():
    np.random.seed(34)
    act = np.random.rand(5, 7).astype(np.float32)
    act[:, -1] *= 0.08
    return GripperDecoder(GripperConfig()), (Tensor(act),)
