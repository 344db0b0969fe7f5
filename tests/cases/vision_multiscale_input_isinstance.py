# case: backbone wrapper accepts either a single image tensor or a tuple of pyramid levels, dispatching with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SharedStem(nn.Cell):
    def __init__(self, in_ch=3, out_ch=4):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return ops.relu(self.conv(x))


class MultiScaleBackbone(nn.Cell):
    def __init__(self, fuse="sum"):
        super().__init__()
        self.stem = SharedStem()
        self.fuse = fuse

    def _run_levels(self, levels):
        target = levels[0].shape[-2:]
        outs = [ops.interpolate(self.stem(lvl), size=target, mode="bilinear") for lvl in levels]
        if self.fuse == "sum":
            return sum(outs)
        return ops.concat(outs, axis=1)

    def construct(self, inputs, extra=None):
        if isinstance(inputs, (tuple, list)):
            out = self._run_levels(inputs)
        else:
            out = self.stem(inputs)
        if extra is not None:
            out = out + extra
        return out


def make():
    np.random.seed(44)
    ms.set_seed(44)
    levels = (Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32)),
              Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32)))
    return MultiScaleBackbone(), (levels,)
