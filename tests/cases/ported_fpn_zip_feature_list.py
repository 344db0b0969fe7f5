# case: FPN top-down pathway zips a tuple of feature maps with CellLists, upsampling to sizes taken from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FPN(nn.Cell):
    def __init__(self, in_channels_list=(4, 8, 16), out_channels=8, extra_pool=True):
        super().__init__()
        self.inner_blocks = nn.CellList([nn.Conv2d(c, out_channels, 1) for c in in_channels_list])
        self.layer_blocks = nn.CellList(
            [nn.Conv2d(out_channels, out_channels, 3, pad_mode="same") for _ in in_channels_list])
        self.extra_pool = extra_pool

    def construct(self, features):
        last_inner = self.inner_blocks[-1](features[-1])
        results = [self.layer_blocks[-1](last_inner)]
        n = len(features)
        for idx in range(n - 2, -1, -1):
            inner_lateral = self.inner_blocks[idx](features[idx])
            feat_shape = inner_lateral.shape[-2:]
            inner_top_down = ops.interpolate(last_inner, size=feat_shape, mode="nearest")
            last_inner = inner_lateral + inner_top_down
            results.insert(0, self.layer_blocks[idx](last_inner))
        if self.extra_pool:
            results.append(ops.max_pool2d(results[-1], 1, 2))
        return tuple(results)


def make():
    np.random.seed(38)
    feats = (
        Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32)),
        Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32)),
        Tensor(np.random.randn(1, 16, 2, 2).astype(np.float32)),
    )
    return FPN(), (feats,)
