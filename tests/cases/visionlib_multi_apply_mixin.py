# case: dense head mixin provides a multi_apply helper that maps forward_single over FPN levels and regroups results with zip(*...), used by a YOLO-style head -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def multi_apply(func, *args, **kwargs):
    results = [func(*a, **kwargs) for a in zip(*args)]
    return tuple(tuple(r) for r in zip(*results))


class BaseDenseHeadMixin:
    def forward_all(self, feats, *args):
        return multi_apply(self.forward_single, feats, *args)


class YOLOHeadConfig:
    in_channels = (8, 16)
    num_classes = 3
    num_anchors = 3


class YOLOHead(nn.Cell, BaseDenseHeadMixin):
    def __init__(self, cfg):
        nn.Cell.__init__(self)
        self.num_attrib = 5 + cfg.num_classes
        self.num_anchors = cfg.num_anchors
        self.convs_pred = nn.CellList([nn.Conv2d(c, cfg.num_anchors * self.num_attrib, 1) for c in cfg.in_channels])

    def forward_single(self, x, conv, stride):
        pred = conv(x)
        n, _, h, w = pred.shape
        pred = pred.reshape(n, self.num_anchors, self.num_attrib, h, w)
        xy = ops.sigmoid(pred[:, :, :2]) * stride
        return xy, pred[:, :, 4:]

    def construct(self, feats):
        return self.forward_all(feats, tuple(self.convs_pred), (8, 16))


def make():
    np.random.seed(3380)
    feats = (Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32)),
             Tensor(np.random.randn(1, 16, 4, 4).astype(np.float32)))
    return YOLOHead(YOLOHeadConfig()), (feats,)
