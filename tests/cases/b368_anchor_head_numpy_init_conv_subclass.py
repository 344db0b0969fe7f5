# case: anchor head precomputes its anchor grid with NumPy in __init__, uses a Conv2d subclass with an Optional norm layer (is None checks) and a self.training dropout branch -> NumPy only at init time; should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ANCHOR_SIZES = ((3.9, 1.6, 1.56), (0.8, 0.6, 1.73))
ANCHOR_ROTATIONS = (0.0, np.pi / 2)


def generate_anchors(feat_size, stride, sizes=ANCHOR_SIZES, rotations=ANCHOR_ROTATIONS, z=-1.0):
    ys, xs = np.meshgrid(np.arange(feat_size[0]) * stride, np.arange(feat_size[1]) * stride, indexing="ij")
    anchors = [np.stack([xs, ys, np.full_like(xs, z), np.full_like(xs, s[0]), np.full_like(xs, s[1]),
                         np.full_like(xs, s[2]), np.full_like(xs, r)], -1) for s in sizes for r in rotations]
    return np.stack(anchors, 2).reshape(-1, 7).astype(np.float32)


class ConvNormAct(nn.Conv2d):
    def __init__(self, cin, cout, kernel_size=3, norm_layer=None, act=True, **kwargs):
        super().__init__(cin, cout, kernel_size, pad_mode="same", has_bias=norm_layer is None, **kwargs)
        self.norm = norm_layer(cout) if norm_layer is not None else None
        self.act = act

    def construct(self, x):
        x = super().construct(x)
        if self.norm is not None:
            x = self.norm(x)
        return ops.relu(x) if self.act else x


class AnchorHead3D(nn.Cell):
    def __init__(self, in_channels=16, feat_size=(8, 8), stride=2.0, num_classes=2, dropout=0.1):
        super().__init__()
        self.anchors = Tensor(generate_anchors(feat_size, stride))
        self.num_anchors_per_loc = len(ANCHOR_SIZES) * len(ANCHOR_ROTATIONS)
        self.shared = ConvNormAct(in_channels, in_channels, norm_layer=nn.BatchNorm2d)
        self.cls = ConvNormAct(in_channels, self.num_anchors_per_loc * num_classes, 1, act=False)
        self.dropout = nn.Dropout(p=dropout)
        self.num_classes = num_classes

    def construct(self, bev):
        x = self.shared(bev)
        if self.training:
            x = self.dropout(x)
        cls = self.cls(x).transpose(0, 2, 3, 1).reshape(-1, self.num_classes)
        return cls, self.anchors


def make():
    np.random.seed(3720)
    net = AnchorHead3D()
    net.set_train(False)
    return net, (Tensor(np.random.randn(1, 16, 8, 8).astype(np.float32)),)
