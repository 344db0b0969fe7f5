# case: ConvNeXt-style backbone that collects the feature maps named in config.out_features into a dict keyed by stage name and returns that dict for a detection neck -> dict built with string keys and returned from construct; unsure whether the static graph accepts it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackboneConfig:
    num_channels = 3
    hidden_sizes = (8, 16, 24)
    out_features = ("stage2", "stage3")


class DownsampleStage(nn.Cell):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, kernel_size=2, stride=2, pad_mode="valid", has_bias=True)
        self.act = nn.GELU()

    def construct(self, x):
        return self.act(self.conv(x))


class ConvNextBackbone(nn.Cell):
    def __init__(self, config):
        super().__init__()
        chans = (config.num_channels,) + tuple(config.hidden_sizes)
        self.stage_names = ["stage%d" % (i + 1) for i in range(len(config.hidden_sizes))]
        self.out_features = list(config.out_features)
        self.stages = nn.CellList([DownsampleStage(chans[i], chans[i + 1]) for i in range(len(config.hidden_sizes))])

    def construct(self, pixel_values):
        feature_maps = {}
        hidden = pixel_values
        for name, stage in zip(self.stage_names, self.stages):
            hidden = stage(hidden)
            if name in self.out_features:
                feature_maps[name] = hidden
        return feature_maps


def make():
    np.random.seed(70)
    backbone = ConvNextBackbone(BackboneConfig())
    x = Tensor(np.random.randn(1, 3, 16, 16).astype(np.float32))
    return backbone, (x,)
