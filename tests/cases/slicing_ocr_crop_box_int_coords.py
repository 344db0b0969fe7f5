# case: OCR recogniser crops a text-line region using int() of predicted box coordinates read from a tensor; expect error or dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineEncoder(nn.Cell):
    def __init__(self, channels=3, out=8):
        super().__init__()
        self.conv = nn.Conv2d(channels, out, 3, pad_mode="same")

    def construct(self, x):
        return self.conv(x).mean(axis=(2, 3))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.encoder = LineEncoder()

    def construct(self, image, box):
        # image: (1, C, H, W); box: (4,) float [x0, y0, x1, y1] in pixels
        x0 = int(box[0])
        y0 = int(box[1])
        x1 = int(box[2])
        y1 = int(box[3])
        region = image[:, :, y0:y1, x0:x1]
        return self.encoder(region)


def make():
    image = Tensor(np.random.randn(1, 3, 16, 32).astype(np.float32))
    box = Tensor(np.array([2.0, 3.0, 20.0, 11.0], np.float32))
    return Net(), (image, box)
