# case: module-level mmseg resize() helper that converts size with int(), checks align_corners divisibility from input shapes behind a warning flag, and is called by an FPN-style head over zipped CellLists -> only Python ints and shapes touched, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def resize(input, size=None, scale_factor=None, mode="nearest", align_corners=None, warning=False):
    if warning and size is not None and align_corners:
        in_h, in_w = tuple(int(x) for x in input.shape[2:])
        out_h, out_w = tuple(int(x) for x in size)
        if out_h > in_h or out_w > in_w:
            if (out_h - 1) % (in_h - 1) != 0 or (out_w - 1) % (in_w - 1) != 0:
                size = (out_h, out_w)
    if size is not None:
        size = tuple(int(x) for x in size)
    return ops.interpolate(input, size=size, scale_factor=scale_factor, mode=mode, align_corners=align_corners)


class FPNConfig:
    in_channels = [8, 16, 32]
    channels = 8
    num_classes = 4
    align_corners = False


class FPNHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.align_corners = getattr(config, "align_corners", False)
        self.lateral_convs = nn.CellList([nn.Conv2d(c, config.channels, 1) for c in config.in_channels])
        self.fpn_convs = nn.CellList([nn.Conv2d(config.channels, config.channels, 3, pad_mode="same") for _ in config.in_channels])
        self.cls_seg = nn.Conv2d(config.channels * len(config.in_channels), config.num_classes, 1, has_bias=True)

    def construct(self, inputs):
        if not isinstance(inputs, (list, tuple)):
            inputs = (inputs,)
        laterals = [conv(x) for conv, x in zip(self.lateral_convs, inputs)]
        for i in range(len(laterals) - 1, 0, -1):
            laterals[i - 1] = laterals[i - 1] + resize(laterals[i], size=laterals[i - 1].shape[2:], mode="bilinear", align_corners=self.align_corners, warning=True)
        outs = [conv(lat) for conv, lat in zip(self.fpn_convs, laterals)]
        outs = [outs[0]] + [resize(o, size=outs[0].shape[2:], mode="bilinear", align_corners=self.align_corners) for o in outs[1:]]
        return self.cls_seg(ops.cat(outs, axis=1))


def make():
    np.random.seed(3466)
    feats = (Tensor(np.random.randn(1, 8, 16, 16).astype(np.float32)),
             Tensor(np.random.randn(1, 16, 8, 8).astype(np.float32)),
             Tensor(np.random.randn(1, 32, 4, 4).astype(np.float32)))
    return FPNHead(FPNConfig()), (feats,)
