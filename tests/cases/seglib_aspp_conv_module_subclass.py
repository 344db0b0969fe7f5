# case: ASPP decode head built from a ConvModule subclass of nn.Conv2d (optional norm/act from a norm_cfg defaulting to None, super().construct), a LayerNorm2d subclass of nn.LayerNorm, and a layer-scale Parameter created in an init helper -> ordinary static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from typing import Optional


class ASPPConfig:
    in_channels = 16
    channels = 8
    dilations = (1, 2, 3)
    num_classes = 4
    norm_cfg = {"type": "BN"}
    dropout_ratio = 0.1
    layer_scale_init = 1e-2


class ConvModule(nn.Conv2d):
    def __init__(self, cin, cout, kernel_size, dilation=1, norm_cfg: Optional[dict] = None, act=True):
        super().__init__(cin, cout, kernel_size, pad_mode="same", dilation=dilation, has_bias=norm_cfg is None)
        self.norm = nn.BatchNorm2d(cout) if norm_cfg is not None else None
        self.act = nn.ReLU() if act else None

    def construct(self, x):
        x = super().construct(x)
        if self.norm is not None:
            x = self.norm(x)
        if self.act is not None:
            x = self.act(x)
        return x


class LayerNorm2d(nn.LayerNorm):
    def __init__(self, channels):
        super().__init__((channels,), begin_norm_axis=-1, begin_params_axis=-1)

    def construct(self, x):
        return super().construct(x.transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2)


class ASPPHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.aspp = nn.CellList([ConvModule(config.in_channels, config.channels, 1 if d == 1 else 3, d, config.norm_cfg) for d in config.dilations])
        self.bottleneck = ConvModule(config.channels * len(config.dilations), config.channels, 3, norm_cfg=config.norm_cfg)
        self.norm = LayerNorm2d(config.channels)
        self.dropout = nn.Dropout(p=config.dropout_ratio) if config.dropout_ratio > 0 else None
        self.conv_seg = nn.Conv2d(config.channels, config.num_classes, 1, has_bias=True)
        self._init_layer_scale(config.channels, config.layer_scale_init)

    def _init_layer_scale(self, channels, value):
        self.gamma = Parameter(Tensor(np.full((1, channels, 1, 1), value, np.float32)), name="gamma")

    def construct(self, x):
        if isinstance(x, (list, tuple)):
            x = x[-1]
        outs = [branch(x) for branch in self.aspp]
        feat = self.bottleneck(ops.cat(outs, axis=1))
        feat = feat + self.gamma * self.norm(feat)
        if self.training and self.dropout is not None:
            feat = self.dropout(feat)
        return self.conv_seg(feat)


def make():
    np.random.seed(3478)
    x = Tensor(np.random.randn(2, 16, 8, 8).astype(np.float32))
    net = ASPPHead(ASPPConfig())
    net.set_train(False)
    return net, ([x],)
