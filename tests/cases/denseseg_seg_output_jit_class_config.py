# case: decode-head config held in an @ms.jit_class object read in construct (align_corners, scale, aux weight) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class HeadConfig:
    def __init__(self, num_classes=4, align_corners=False, aux_weight=0.4, out_stride=4):
        self.num_classes = num_classes
        self.align_corners = align_corners
        self.aux_weight = aux_weight
        self.out_stride = out_stride


class FCNHead(nn.Cell):
    def __init__(self, cfg=None, in_ch=8):
        super().__init__()
        self.cfg = cfg if cfg is not None else HeadConfig()
        self.conv = nn.Conv2d(in_ch, in_ch, 3, pad_mode="same")
        self.cls = nn.Conv2d(in_ch, self.cfg.num_classes, 1)
        self.aux_cls = nn.Conv2d(in_ch, self.cfg.num_classes, 1)

    def _resize(self, x, hw):
        return ops.interpolate(x, size=hw, mode="bilinear", align_corners=self.cfg.align_corners)

    def construct(self, feats, labels):
        h = feats.shape[2] * self.cfg.out_stride
        w = feats.shape[3] * self.cfg.out_stride
        x = ops.relu(self.conv(feats))
        main = self._resize(self.cls(x), (h, w))
        aux = self._resize(self.aux_cls(feats), (h, w))
        loss = ops.cross_entropy(main, labels) + self.cfg.aux_weight * ops.cross_entropy(aux, labels)
        return loss, main.argmax(1)


def make():
    np.random.seed(28)
    feats = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, size=(2, 16, 16)).astype(np.int32))
    return FCNHead(), (feats, labels)
