# case: crop the salt-heap region of interest with a fixed pixel box from the camera config and compute whiteness per image -> slice bounds are Python ints, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CAMERA_ROI = {"top": 8, "left": 12, "bottom": 40, "right": 52}


class WhitenessMeter(nn.Cell):
    def __init__(self, roi=None):
        super().__init__()
        roi = roi or CAMERA_ROI
        self.top, self.left = roi["top"], roi["left"]
        self.bottom, self.right = roi["bottom"], roi["right"]
        self.rgb_weights = Tensor(np.array([0.299, 0.587, 0.114], dtype=np.float32).reshape(1, 3, 1, 1))

    def construct(self, photos):
        patch = photos[:, :, self.top:self.bottom, self.left:self.right]
        luminance = (patch * self.rgb_weights).sum(axis=1)
        whiteness = luminance.mean(axis=(1, 2))
        uniformity = 1.0 - luminance.std(axis=(1, 2))
        return whiteness, uniformity


def make():
    np.random.seed(63)
    photos = Tensor(np.random.rand(3, 3, 48, 64).astype(np.float32))
    return WhitenessMeter(), (photos,)
