# case: builds a fixed-size collision-avoidance mask from obstacle distances and multiplies it into a repulsion field -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepulsionField(nn.Cell):
    def __init__(self, safety_radius=2.0, gain=1.5):
        super().__init__()
        self.safety_radius = safety_radius
        self.gain = gain

    def construct(self, drone_pos, obstacles):
        # drone_pos: (3,), obstacles: (N, 3) padded list of obstacle centres
        diff = drone_pos.reshape(1, 3) - obstacles
        dist = ops.sqrt(ops.sum(diff * diff, 1, keepdim=True) + 1e-6)
        inside = (dist < self.safety_radius).astype(ms.float32)
        magnitude = self.gain * (1.0 / dist - 1.0 / self.safety_radius) * inside
        push = diff / dist * magnitude
        return ops.reduce_sum(push, 0), inside.sum()


def make():
    np.random.seed(1)
    pos = np.array([0.5, -0.2, 3.0], dtype=np.float32)
    obs = np.random.uniform(-3.0, 3.0, size=(16, 3)).astype(np.float32)
    return RepulsionField(), (Tensor(pos), Tensor(obs))
