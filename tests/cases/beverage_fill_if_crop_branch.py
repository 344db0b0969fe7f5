# case: crop the neck region of the line-camera frame only when the frame is bright enough, otherwise pass the full frame -> branches on a tensor value leave different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeckRegionSelector(nn.Cell):
    def __init__(self, min_brightness=0.4, neck_rows=16):
        super().__init__()
        self.min_brightness = min_brightness
        self.neck_rows = neck_rows
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)

    def construct(self, frame):
        # frame: (1, 1, H, W) grayscale from the inspection camera
        brightness = frame.mean()
        if brightness > self.min_brightness:
            roi = frame[:, :, :self.neck_rows, :]
        else:
            roi = frame
        return self.pool(roi)


def make():
    np.random.seed(81)
    frame = np.random.rand(1, 1, 48, 32).astype(np.float32)
    return NeckRegionSelector(), (Tensor(frame),)
