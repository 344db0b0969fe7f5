# case: YOLOv3 head reshapes predictions and decodes xywh with a grid built from the feature .shape and anchor config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YOLOLayer(nn.Cell):
    def __init__(self, in_channels=8, num_classes=2, anchors=((10, 13), (16, 30), (33, 23)), stride=8):
        super().__init__()
        self.num_classes = num_classes
        self.num_anchors = len(anchors)
        self.anchors = Tensor(np.array(anchors, np.float32))
        self.stride = stride
        self.no = num_classes + 5
        self.conv = nn.Conv2d(in_channels, self.num_anchors * self.no, 1, has_bias=True)

    def make_grid(self, ny, nx):
        yv, xv = ops.meshgrid(ops.arange(ny), ops.arange(nx), indexing="ij")
        return ops.stack((xv, yv), 2).view(1, 1, ny, nx, 2).astype(ms.float32)

    def construct(self, x):
        x = self.conv(x)
        bs, _, ny, nx = x.shape
        x = x.view(bs, self.num_anchors, self.no, ny, nx).transpose(0, 1, 3, 4, 2)
        y = ops.sigmoid(x)
        grid = self.make_grid(ny, nx)
        anchor_grid = self.anchors.view(1, self.num_anchors, 1, 1, 2)
        xy = (y[..., 0:2] * 2.0 - 0.5 + grid) * self.stride
        wh = (y[..., 2:4] * 2) ** 2 * anchor_grid
        out = ops.concat((xy, wh, y[..., 4:]), -1)
        return out.view(bs, -1, self.no)


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(2, 8, 4, 5).astype(np.float32))
    return YOLOLayer(), (x,)
