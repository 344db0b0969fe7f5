# case: gripper controller converts the peak fingertip force to a Python float to decide whether to tighten or release the grip -> float() of a tensor in construct breaks Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GripController(nn.Cell):
    def __init__(self, max_force=4.0, tighten_step=0.002):
        super().__init__()
        self.max_force = max_force
        self.tighten_step = tighten_step

    def construct(self, finger_forces, width):
        peak = float(finger_forces.max())
        if peak > self.max_force:
            new_width = width + self.tighten_step
        else:
            new_width = width - self.tighten_step
        return new_width, peak


def make():
    np.random.seed(9)
    forces = Tensor((np.random.rand(4) * 6).astype(np.float32))
    width = Tensor(np.array([0.04], np.float32))
    return GripController(), (forces, width)
