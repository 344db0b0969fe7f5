# case: deep-supervision decoder builds a multi-scale list of auxiliary heads by looping over range(config.num_levels) and enumerate over a CellList, each level a different size -> Python-int loop unrolled at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DSConfig:
    def __init__(self, num_levels=3, channels=4, out_channels=2, ds_weights=None):
        self.num_levels = num_levels
        self.channels = channels
        self.out_channels = out_channels
        self.ds_weights = ds_weights


class DeepSupervisionHeads(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_levels = config.num_levels
        self.heads = nn.CellList([nn.Conv3d(config.channels, config.out_channels, 1, has_bias=True)
                                  for _ in range(config.num_levels)])
        self.pool = nn.AvgPool3d(2, 2)
        weights = config.ds_weights
        if weights is None:
            weights = [0.5 ** i for i in range(config.num_levels)]
        total = sum(weights)
        self.ds_weights = tuple(w / total for w in weights)

    def construct(self, feat, target):
        losses = []
        outputs = []
        targets = []
        for level in range(self.num_levels):
            if level > 0:
                feat = self.pool(feat)
                target = self.pool(target)
            outputs.append(feat)
            targets.append(target)
        for i, (head, out) in enumerate(zip(self.heads, outputs)):
            logit = head(out)
            losses.append(self.ds_weights[i] * ((ops.sigmoid(logit) - targets[i]) ** 2).mean())
        return sum(losses)


def make():
    np.random.seed(25)
    feat = Tensor(np.random.randn(1, 4, 8, 8, 8).astype(np.float32))
    target = Tensor((np.random.rand(1, 2, 8, 8, 8) > 0.5).astype(np.float32))
    return DeepSupervisionHeads(DSConfig()), (feat, target)
