# case: animatronic eye-gaze tracker keeps a @ms.jit_class filter state object and mutates its attribute inside construct -> jit_class attribute write in construct, may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GazeFilterState:
    def __init__(self, alpha):
        self.alpha = alpha
        self.gain = 1.0


class EyeGazeTracker(nn.Cell):
    def __init__(self, alpha=0.3, max_yaw=0.6):
        super().__init__()
        self.max_yaw = max_yaw
        self.alpha = alpha

    def construct(self, face_xy, prev_gaze):
        st = GazeFilterState(self.alpha)
        st.gain = 2.0
        target = ops.clamp(face_xy * self.max_yaw, -self.max_yaw, self.max_yaw)
        return prev_gaze + st.alpha * st.gain * (target - prev_gaze)


def make():
    np.random.seed(41)
    face = np.random.uniform(-1, 1, size=(2,)).astype(np.float32)
    prev = np.zeros(2, np.float32)
    return EyeGazeTracker(), (Tensor(face), Tensor(prev))
