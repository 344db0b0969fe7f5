# case: nnUNet's soft dice: construct hands the helper axes built on two paths of a config flag, `[0] + list(range(2, n))` or `list(range(2, n))`; either is a list, so the helper's `if axes is None:` branch (with its `.size()` call) is never compiled
import numpy as np
from mindspore import nn, Tensor


def get_tp(net_output, axes=None):
    if axes is None:
        axes = tuple(range(2, len(net_output.size())))
    return net_output.sum(axis=tuple(axes))


class SoftDice(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.batch_dice = cfg.get("batch_dice")

    def construct(self, x):
        shp_x = x.shape
        if self.batch_dice:
            axes = [0] + list(range(2, len(shp_x)))
        else:
            axes = list(range(2, len(shp_x)))
        return get_tp(x, axes)


def make():
    return SoftDice({"batch_dice": False}), (Tensor(np.ones((2, 3, 4, 4), np.float32)),)
