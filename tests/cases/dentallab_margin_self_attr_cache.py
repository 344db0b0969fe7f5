# case: margin detection net caches the last scan's peak curvature on self inside construct for later logging -> graph mode should reject or ignore the self attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarginSegNet(nn.Cell):
    def __init__(self, in_ch=1, width=8):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, width, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(width, 1, 3, pad_mode="same")
        self.relu = nn.ReLU()
        self.last_peak = None

    def construct(self, depth_img):
        h = self.relu(self.conv1(depth_img))
        logits = self.conv2(h)
        prob = ops.sigmoid(logits)
        self.last_peak = prob.max()
        return prob


def make():
    np.random.seed(326)
    img = np.random.randn(1, 1, 32, 32).astype(np.float32)
    return MarginSegNet(), (Tensor(img),)
