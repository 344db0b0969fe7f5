# case: test-time mirroring where the set of flipped axes is chosen by a boolean tensor argument -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegHead(nn.Cell):
    def __init__(self, in_ch=1, num_classes=3):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Conv3d(in_ch, 4, 3, pad_mode="same", has_bias=True),
            nn.LeakyReLU(0.01),
            nn.Conv3d(4, num_classes, 1, has_bias=True),
        ])

    def construct(self, x):
        return ops.softmax(self.body(x), axis=1)


class MirrorTTA(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def construct(self, image, flip_mask):
        pred = self.net(image)
        axes = tuple(i + 2 for i in range(3) if flip_mask[i])
        if len(axes) > 0:
            flipped = self.net(ops.flip(image, axes))
            pred = 0.5 * (pred + ops.flip(flipped, axes))
        return pred


def make():
    np.random.seed(0)
    img = Tensor(np.random.rand(1, 1, 6, 6, 6).astype(np.float32))
    mask = Tensor(np.array([True, False, True]))
    return MirrorTTA(SegHead()), (img, mask)
