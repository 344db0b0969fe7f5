# case: FPN neck builds lateral and output convs in CellLists, zips them and upsamples to the lower level's static shape in the top-down path -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FPNConfig:
    in_channels = (16, 32, 64)
    out_channels = 24
    add_extra_convs = False
    num_outs = 4


class FPN(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.num_ins = len(cfg.in_channels)
        self.num_outs = cfg.num_outs
        self.add_extra_convs = cfg.add_extra_convs
        self.lateral_convs = nn.CellList([nn.Conv2d(c, cfg.out_channels, 1, has_bias=True) for c in cfg.in_channels])
        self.fpn_convs = nn.CellList([nn.Conv2d(cfg.out_channels, cfg.out_channels, 3, pad_mode="same", has_bias=True)
                                      for _ in cfg.in_channels])
        self.pool = nn.MaxPool2d(kernel_size=1, stride=2)

    def construct(self, inputs):
        if not isinstance(inputs, (list, tuple)):
            inputs = (inputs,)
        laterals = [conv(feat) for conv, feat in zip(self.lateral_convs, inputs)]
        for i in range(self.num_ins - 1, 0, -1):
            size = laterals[i - 1].shape[2:]
            laterals[i - 1] = laterals[i - 1] + ops.interpolate(laterals[i], size=size, mode="nearest")
        outs = [fpn_conv(lat) for fpn_conv, lat in zip(self.fpn_convs, laterals)]
        if self.num_outs > len(outs) and not self.add_extra_convs:
            for _ in range(self.num_outs - len(outs)):
                outs.append(self.pool(outs[-1]))
        return tuple(outs)


def make():
    np.random.seed(3346)
    feats = (
        Tensor(np.random.randn(1, 16, 32, 32).astype(np.float32)),
        Tensor(np.random.randn(1, 32, 16, 16).astype(np.float32)),
        Tensor(np.random.randn(1, 64, 8, 8).astype(np.float32)),
    )
    return FPN(FPNConfig()), (feats,)
