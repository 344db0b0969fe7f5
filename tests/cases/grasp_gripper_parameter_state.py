# case: keeps the gripper opening width between calls in a non-trainable Parameter updated with ops.assign, rate-limiting each new command -> stateful Parameter update is static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RateLimitedGripper(nn.Cell):
    def __init__(self, init_width=0.08, max_delta=0.01):
        super().__init__()
        self.width = Parameter(Tensor(np.array([init_width], np.float32)), name="gripper_width", requires_grad=False)
        self.max_delta = max_delta

    def construct(self, target_width):
        delta = ops.clip_by_value(target_width - self.width,
                                  Tensor(-self.max_delta, ms.float32), Tensor(self.max_delta, ms.float32))
        new_width = self.width + delta
        ops.assign(self.width, new_width)
        return new_width


def make():
    np.random.seed(30)
    target = Tensor(np.array([0.02], np.float32))
    return RateLimitedGripper(), (target,)
