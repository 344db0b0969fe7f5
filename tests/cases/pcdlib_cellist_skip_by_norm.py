# case: hierarchical encoder skips a downsampling stage with continue when the feature norm (a tensor) is below a threshold, so xyz/feats after the loop have data-dependent point counts -> error or dynamic (tensor if, branches of different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, widths=(16, 16, 16), stride=2, skip_threshold=0.05, in_channels=16):
        self.widths = widths
        self.stride = stride
        self.skip_threshold = skip_threshold
        self.in_channels = in_channels


class DownStage(nn.Cell):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.stride = stride
        self.fc = nn.Dense(cin, cout)

    def construct(self, xyz, feats):
        return xyz[:, ::self.stride], ops.relu(self.fc(feats[:, ::self.stride]))


class AdaptiveDepthEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.skip_threshold = config.skip_threshold
        chans = (config.in_channels,) + tuple(config.widths)
        self.stages = nn.CellList([DownStage(a, b, config.stride) for a, b in zip(chans[:-1], chans[1:])])

    def _saturated(self, feats):
        return feats.abs().mean() < self.skip_threshold

    def construct(self, xyz, feats):
        for stage in self.stages:
            if self._saturated(feats):
                continue
            xyz, feats = stage(xyz, feats)
        return xyz, feats


def make():
    np.random.seed(3512)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    feats = Tensor(np.random.randn(2, 64, 16).astype(np.float32))
    return AdaptiveDepthEncoder(EncoderConfig()), (xyz, feats)
