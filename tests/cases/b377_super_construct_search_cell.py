# case: NAS search cell subclass calls the base class's construct for the shared stem, then mixes candidate ops zipped with their softmax weights; a `drop_path` branch is reached only when training, which make() turns off -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CellConfig:
    def __init__(self, channels=8, num_ops=3, drop_prob=0.2):
        self.channels = channels
        self.num_ops = num_ops
        self.drop_prob = drop_prob


class BaseCell(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pre = nn.SequentialCell([nn.ReLU(), nn.Conv2d(config.channels, config.channels, 1), nn.BatchNorm2d(config.channels)])

    def construct(self, x):
        return self.pre(x)


class SearchCell(BaseCell):
    def __init__(self, config):
        super().__init__(config)
        ks = (1, 3, 5)[: config.num_ops]
        self.candidates = nn.CellList([nn.Conv2d(config.channels, config.channels, k, pad_mode="same") for k in ks])
        self.alpha = Parameter(Tensor(np.zeros(config.num_ops, np.float32)), name="alpha")
        self.drop_prob = config.drop_prob
        self.dropout = nn.Dropout(p=config.drop_prob)

    def construct(self, x):
        h = super().construct(x)
        weights = ops.softmax(self.alpha, axis=0)
        outs = [weights[i] * op(h) for i, op in enumerate(self.candidates)]
        out = outs[0]
        for o in outs[1:]:
            out = out + o
        if self.training and self.drop_prob > 0:
            out = self.dropout(out)
        return out + x


def make():
    np.random.seed(3808)
    cell = SearchCell(CellConfig())
    cell.set_train(False)
    x = Tensor(np.random.randn(2, 8, 6, 6).astype(np.float32))
    return cell, (x,)
