# case: gripper controller decides whether the whole predicted chunk is a grasp by comparing the mean gripper command, read out with .item() in a helper, to the close threshold in a Python if, then returns a constant close or open chunk -> .item() of a tensor feeding Python control flow in construct, expect Graph mode to refuse or need fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class GripperConfig:
    def __init__(self, close_threshold=0.5, learn_threshold=False):
        self.close_threshold = close_threshold
        self.learn_threshold = learn_threshold


class ChunkGripperController(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = Parameter(Tensor(config.close_threshold, ms.float32), name="close_threshold",
                                   requires_grad=config.learn_threshold)

    def _is_grasp(self, grip):
        return grip.mean().item() > self.threshold.item()

    def construct(self, actions):
        grip = actions[:, -1]
        if self._is_grasp(grip):
            cmd = ops.ones_like(grip)
        else:
            cmd = ops.zeros_like(grip)
        return ops.concat([actions[:, :-1], cmd.expand_dims(-1)], axis=-1)


def make():
    np.random.seed(40)
    return ChunkGripperController(GripperConfig()), (Tensor(np.random.rand(8, 7).astype(np.float32)),)
