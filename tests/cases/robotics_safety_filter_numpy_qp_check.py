# case: safety filter converts the action to numpy to check the velocity limit before projecting -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VelocityLimitFilter(nn.Cell):
    def __init__(self, v_max=0.8, margin=0.05):
        super().__init__()
        self.v_max = v_max
        self.margin = margin

    def project(self, action):
        norm = ops.norm(action, dim=-1, keepdim=True)
        scale = (self.v_max - self.margin) / ops.maximum(norm, Tensor(1e-6, ms.float32))
        return action * ops.minimum(scale, Tensor(1.0, ms.float32))

    def construct(self, action):
        a_np = action.asnumpy()
        if np.linalg.norm(a_np, axis=-1).max() <= self.v_max:
            return action
        return self.project(action)


def make():
    np.random.seed(12)
    a = Tensor((2.0 * np.random.randn(2, 3)).astype(np.float32))
    return VelocityLimitFilter(), (a,)
