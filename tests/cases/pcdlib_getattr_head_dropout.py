# case: classification head looks up an optional dropout with getattr(self, "dropout", None) and only applies it when training; model is in eval mode -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClsHeadConfig:
    def __init__(self, hidden=(64, 32), num_classes=40, dropout=0.5):
        self.hidden = hidden
        self.num_classes = num_classes
        self.dropout = dropout


class ClsHead(nn.Cell):
    def __init__(self, config, in_channels):
        super().__init__()
        dims = (in_channels,) + tuple(config.hidden)
        self.fcs = nn.CellList([nn.Dense(a, b) for a, b in zip(dims[:-1], dims[1:])])
        self.norms = nn.CellList([nn.LayerNorm((b,)) for b in dims[1:]])
        if config.dropout and config.dropout > 0:
            self.dropout = nn.Dropout(p=config.dropout)
        self.out = nn.Dense(dims[-1], config.num_classes)

    def construct(self, global_feat):
        x = global_feat
        drop = getattr(self, "dropout", None)
        for i, (fc, norm) in enumerate(zip(self.fcs, self.norms)):
            x = ops.relu(norm(fc(x)))
            if drop is not None and self.training and i < len(self.fcs) - 1:
                x = drop(x)
        return self.out(x)


def make():
    np.random.seed(3503)
    g = Tensor(np.random.randn(4, 48).astype(np.float32))
    net = ClsHead(ClsHeadConfig(), 48)
    net.set_train(False)
    return net, (g,)
