# case: MONAI-style ResidualUnit3D with optional norm and dropout looked up via getattr(self, "norm", None), kwargs forwarded to its conv layers and a training-only dropout branch -> attribute presence and flags are compile-time constants, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnitConfig:
    def __init__(self, subunits=2, norm=None, dropout=0.1, act="prelu", adn_ordering="NDA"):
        self.subunits = subunits
        self.norm = norm
        self.dropout = dropout
        self.act = act
        self.adn_ordering = adn_ordering


def make_conv(cin, cout, **kwargs):
    kwargs.setdefault("pad_mode", "same")
    kwargs.setdefault("has_bias", True)
    return nn.Conv3d(cin, cout, 3, **kwargs)


class ResidualUnit3D(nn.Cell):
    def __init__(self, cin, cout, config, *args, **conv_kwargs):
        super().__init__()
        self.convs = nn.CellList([make_conv(cin if i == 0 else cout, cout, **conv_kwargs)
                                  for i in range(config.subunits)])
        if config.norm == "batch":
            self.norm = nn.BatchNorm3d(cout)
        self.act = nn.PReLU() if config.act == "prelu" else nn.ReLU()
        self.dropout = nn.Dropout(p=config.dropout) if config.dropout else None
        self.residual = nn.Conv3d(cin, cout, 1, has_bias=True) if cin != cout else None

    def construct(self, x):
        res = x if self.residual is None else self.residual(x)
        h = x
        norm = getattr(self, "norm", None)
        for conv in self.convs:
            h = conv(h)
            if norm is not None:
                h = norm(h)
            if self.training and self.dropout is not None:
                h = self.dropout(h)
            h = self.act(h)
        return h + res


def make():
    np.random.seed(37)
    x = Tensor(np.random.randn(1, 2, 6, 6, 6).astype(np.float32))
    return ResidualUnit3D(2, 4, UnitConfig(), dilation=1), (x,)
