# case: gripper wrapper stores the last commanded opening width by assigning a tensor to a plain attribute self.last_width inside construct -> attribute write on self in construct is limited in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GripperCommand(nn.Cell):
    def __init__(self, max_width=0.08, rate=0.5):
        super().__init__()
        self.max_width = max_width
        self.rate = rate
        self.last_width = Tensor(np.array([0.08], np.float32))

    def construct(self, target_width):
        target = ops.clip_by_value(target_width, Tensor(0.0, ms.float32), Tensor(self.max_width, ms.float32))
        cmd = self.last_width + self.rate * (target - self.last_width)
        self.last_width = cmd
        return cmd


def make():
    np.random.seed(10)
    target = Tensor(np.array([0.03], np.float32))
    return GripperCommand(), (target,)
