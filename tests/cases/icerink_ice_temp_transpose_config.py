# case: thermal camera frames reordered to (row, col, time) with a permutation fixed by the camera model setting -> constant perm, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CAMERA_LAYOUTS = {
    "flir_a70": (1, 2, 0),
    "optris_pi": (0, 1, 2),
}


class ThermalFrameAlignerCfg(nn.Cell):
    def __init__(self, camera="flir_a70", kelvin=True):
        super().__init__()
        self.perm = CAMERA_LAYOUTS[camera]
        self.kelvin = kelvin

    def construct(self, frames):
        if self.kelvin:
            frames = frames - 273.15
        aligned = ops.transpose(frames, self.perm)
        return aligned.mean(axis=-1)


def make():
    np.random.seed(3143)
    frames = np.random.normal(268.0, 0.5, size=(5, 8, 12)).astype(np.float32)
    return ThermalFrameAlignerCfg(), (Tensor(frames),)
