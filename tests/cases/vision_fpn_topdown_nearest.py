# case: FPN top-down pathway upsamples each coarser level to the lateral feature's .shape and adds it -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FPN(nn.Cell):
    def __init__(self, in_channels=(4, 8, 16), out_channels=8, extra_pool=True):
        super().__init__()
        self.lateral = nn.CellList([nn.Conv2d(c, out_channels, 1, has_bias=True) for c in in_channels])
        self.output = nn.CellList([nn.Conv2d(out_channels, out_channels, 3, pad_mode="same", has_bias=True)
                                   for _ in in_channels])
        self.extra_pool = extra_pool
        self.pool = nn.MaxPool2d(kernel_size=1, stride=2)

    def _upsample_add(self, top, lateral):
        return ops.interpolate(top, size=lateral.shape[-2:], mode="nearest") + lateral

    def construct(self, c3, c4, c5):
        feats = (c3, c4, c5)
        laterals = [self.lateral[i](feats[i]) for i in range(len(feats))]
        for i in range(len(laterals) - 1, 0, -1):
            laterals[i - 1] = self._upsample_add(laterals[i], laterals[i - 1])
        outs = [self.output[i](laterals[i]) for i in range(len(laterals))]
        if self.extra_pool:
            outs.append(self.pool(outs[-1]))
        return tuple(outs)


def make():
    np.random.seed(39)
    ms.set_seed(39)
    c3 = Tensor(np.random.rand(1, 4, 16, 16).astype(np.float32))
    c4 = Tensor(np.random.rand(1, 8, 8, 8).astype(np.float32))
    c5 = Tensor(np.random.rand(1, 16, 3, 3).astype(np.float32))
    return FPN(), (c3, c4, c5)
