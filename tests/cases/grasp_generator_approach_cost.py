# case: sums the approach-angle cost over fingers with a generator expression fed to the builtin sum inside construct -> generator expression in construct is limited in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApproachCost(nn.Cell):
    def __init__(self, num_fingers=3, weight=0.5):
        super().__init__()
        self.num_fingers = num_fingers
        self.weight = weight

    def construct(self, finger_dirs, approach):
        cost = sum((1.0 - ops.reduce_sum(finger_dirs[i] * approach)) for i in range(self.num_fingers))
        return self.weight * cost


def make():
    np.random.seed(19)
    d = np.random.randn(3, 3).astype(np.float32)
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    a = np.array([0.0, 0.0, -1.0], np.float32)
    return ApproachCost(), (Tensor(d), Tensor(a))
