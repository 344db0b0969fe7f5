# case: recognition neck that collapses the feature map along height or width depending on a per-batch text-direction tensor (reduce axis taken from data via int()) -> rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HORIZONTAL, VERTICAL = 0, 1


class Im2SeqConfig:
    in_channels = 16
    hidden = 24
    support_vertical = True


class Im2SeqNeck(nn.Cell):
    def __init__(self, config=Im2SeqConfig):
        super().__init__()
        self.support_vertical = config.support_vertical
        self.proj = nn.Dense(config.in_channels, config.hidden)

    def _collapse_axis(self, direction):
        return 2 + int(direction)

    def construct(self, feats, direction=None):
        axis = 2
        if direction is not None and self.support_vertical:
            axis = self._collapse_axis(direction)
        seq = feats.mean(axis=axis)
        seq = seq.transpose(0, 2, 1)
        return self.proj(seq)


def make():
    np.random.seed(30)
    feats = Tensor(np.random.randn(2, 16, 4, 25).astype(np.float32))
    return Im2SeqNeck(), (feats, Tensor(HORIZONTAL, ms.int32))
