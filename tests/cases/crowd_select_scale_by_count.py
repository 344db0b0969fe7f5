# case: chooses between a fine and a coarse (upsampled back) density estimate per image with ops.select on a count threshold -> both branches same shape, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DualScaleCounter(nn.Cell):
    def __init__(self, ch=4, crowd_threshold=5.0):
        super().__init__()
        self.fine = nn.Conv2d(ch, 1, 3, pad_mode="same")
        self.coarse = nn.Conv2d(ch, 1, 3, pad_mode="same")
        self.down = nn.AvgPool2d(kernel_size=2, stride=2)
        self.crowd_threshold = crowd_threshold

    def construct(self, feat):
        h, w = feat.shape[2], feat.shape[3]
        fine = ops.relu(self.fine(feat))
        coarse = ops.relu(self.coarse(self.down(feat)))
        coarse = ops.interpolate(coarse, size=(h, w), mode="nearest") / 4.0
        count = fine.sum(axis=(1, 2, 3), keepdims=True)
        dense = ops.broadcast_to(count > self.crowd_threshold, fine.shape)
        return ops.select(dense, coarse, fine)


def make():
    np.random.seed(32)
    feat = np.random.rand(3, 4, 8, 8).astype(np.float32)
    return DualScaleCounter(), (Tensor(feat),)
