# case: jit_class anchor generator builds BEV anchor centres for the feature map and bumps a call counter on itself inside construct -> mutating a jit_class attribute in construct should be refused in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ANCHOR_SIZE = (3.9, 1.6, 1.56)
ANCHOR_ROTATIONS = (0.0, 1.57)


@ms.jit_class
class AnchorGenerator:
    def __init__(self, stride=2.0, z_center=-1.0):
        self.stride = stride
        self.z_center = z_center
        self.num_calls = 0

    def centers(self, feat_h, feat_w):
        self.num_calls += 1
        ys = ops.arange(0, feat_h, dtype=ms.float32) * self.stride
        xs = ops.arange(0, feat_w, dtype=ms.float32) * self.stride
        gy, gx = ops.meshgrid(ys, xs, indexing="ij")
        return ops.stack((gx.reshape(-1), gy.reshape(-1)), axis=1)


class AnchorHead(nn.Cell):
    def __init__(self, in_channels=16, anchor_generator=None):
        super().__init__()
        self.anchor_generator = anchor_generator if anchor_generator is not None else AnchorGenerator()
        self.num_anchors = len(ANCHOR_ROTATIONS)
        self.conv_cls = nn.Conv2d(in_channels, self.num_anchors, 1, has_bias=True)

    def construct(self, bev):
        h, w = bev.shape[2], bev.shape[3]
        centers = self.anchor_generator.centers(h, w)
        scores = self.conv_cls(bev).transpose(0, 2, 3, 1).reshape(-1, self.num_anchors)
        best = scores.max(axis=1)
        return centers, best


def make():
    np.random.seed(3695)
    bev = Tensor(np.random.randn(1, 16, 8, 8).astype(np.float32))
    return AnchorHead(), (bev,)
