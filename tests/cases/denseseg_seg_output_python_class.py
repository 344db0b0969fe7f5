# case: segmentation model packs main/aux logits into a plain Python output class built in construct and returned -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegOutput:
    def __init__(self, logits, aux_logits=None):
        self.logits = logits
        self.aux_logits = aux_logits

    def pred(self):
        return self.logits.argmax(1)


class PSPLikeNet(nn.Cell):
    def __init__(self, num_classes=4, ch=8, use_aux=True):
        super().__init__()
        self.stem = nn.Conv2d(3, ch, 3, stride=2, pad_mode="pad", padding=1)
        self.ppm = nn.AdaptiveAvgPool2d(1)
        self.fuse = nn.Conv2d(2 * ch, ch, 1)
        self.cls = nn.Conv2d(ch, num_classes, 1)
        self.aux = nn.Conv2d(ch, num_classes, 1)
        self.use_aux = use_aux

    def construct(self, img):
        f = ops.relu(self.stem(img))
        g = ops.broadcast_to(self.ppm(f), f.shape)
        f2 = ops.relu(self.fuse(ops.concat((f, g), 1)))
        logits = ops.interpolate(self.cls(f2), size=img.shape[2:], mode="bilinear")
        out = SegOutput(logits)
        if self.use_aux:
            out.aux_logits = ops.interpolate(self.aux(f), size=img.shape[2:], mode="bilinear")
        return out


class Predictor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = PSPLikeNet()

    def construct(self, img):
        out = self.net(img)
        return out.pred(), out.aux_logits


def make():
    np.random.seed(27)
    return Predictor(), (Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32)),)
