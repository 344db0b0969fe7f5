# case: jit_class residual box coder (read-only attributes) decodes anchor-head regression outputs inside the head's construct -> jit_class used without mutation should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ResidualCoder:
    def __init__(self, code_size=7, encode_angle_by_sincos=False):
        self.code_size = code_size
        self.encode_angle_by_sincos = encode_angle_by_sincos

    def decode(self, deltas, anchors):
        diag = ops.sqrt(anchors[..., 3] ** 2 + anchors[..., 4] ** 2)
        xy = deltas[..., :2] * diag[..., None] + anchors[..., :2]
        z = deltas[..., 2:3] * anchors[..., 5:6] + anchors[..., 2:3]
        size = ops.exp(deltas[..., 3:6]) * anchors[..., 3:6]
        rot = deltas[..., 6:7] + anchors[..., 6:7]
        return ops.concat((xy, z, size, rot), axis=-1)


class AnchorRegressionHead(nn.Cell):
    def __init__(self, in_channels=16, num_anchors=2, box_coder=None):
        super().__init__()
        self.box_coder = box_coder if box_coder is not None else ResidualCoder()
        self.num_anchors = num_anchors
        self.conv_box = nn.Conv2d(in_channels, num_anchors * self.box_coder.code_size, 1, has_bias=True)

    def construct(self, bev, anchors):
        b = bev.shape[0]
        deltas = self.conv_box(bev).transpose(0, 2, 3, 1).reshape(b, -1, self.box_coder.code_size)
        return self.box_coder.decode(deltas, anchors)


def make():
    np.random.seed(3716)
    bev = Tensor(np.random.randn(1, 16, 6, 6).astype(np.float32))
    n = 6 * 6 * 2
    anchors = np.concatenate([np.random.uniform(0, 24, (n, 2)), np.full((n, 1), -1.0),
                              np.tile([[3.9, 1.6, 1.56]], (n, 1)), np.tile([[0.0], [1.57]], (n // 2, 1))], 1)
    return AnchorRegressionHead(), (bev, Tensor(anchors[None].astype(np.float32)))
