# case: animatronic eye-gaze tracker reads constants from a @ms.jit_class config object built in __init__ -> read-only jit_class attributes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GazeConfig:
    def __init__(self, alpha=0.3, max_yaw=0.6, max_pitch=0.35):
        self.alpha = alpha
        self.max_yaw = max_yaw
        self.max_pitch = max_pitch


class EyeGazeFollower(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = GazeConfig()
        self.limits = Tensor(np.array([0.6, 0.35], np.float32))

    def construct(self, face_xy, prev_gaze):
        target = ops.clamp(face_xy * self.limits, -self.limits, self.limits)
        return prev_gaze + self.cfg.alpha * (target - prev_gaze)


def make():
    np.random.seed(42)
    face = np.random.uniform(-1, 1, size=(2,)).astype(np.float32)
    prev = np.zeros(2, np.float32)
    return EyeGazeFollower(), (Tensor(face), Tensor(prev))
