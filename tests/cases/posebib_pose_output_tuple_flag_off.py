# case: same head design with an output class, but the caller builds it with return_dict=False so only the tuple path runs; output length grows with the with_offset flag -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoseHeadOutput:
    def __init__(self, heatmaps, offsets=None):
        self.heatmaps = heatmaps
        self.offsets = offsets


class HeadConfig:
    in_channels = 24
    num_keypoints = 17
    return_dict = True
    with_offset = True


class HeatmapOffsetHead(nn.Cell):
    def __init__(self, config, return_dict=None):
        super().__init__()
        k = config.num_keypoints
        self.return_dict = config.return_dict if return_dict is None else return_dict
        self.with_offset = getattr(config, "with_offset", False)
        self.stem = nn.SequentialCell([nn.Conv2d(config.in_channels, 32, 3, pad_mode="same"), nn.ReLU()])
        self.heatmap_layer = nn.Conv2d(32, k, 1, has_bias=True)
        self.offset_layer = nn.Conv2d(32, 2 * k, 1, has_bias=True) if self.with_offset else None

    def construct(self, feats):
        x = self.stem(feats)
        heatmaps = self.heatmap_layer(x)
        offsets = None
        if self.offset_layer is not None:
            offsets = ops.tanh(self.offset_layer(x))
        if self.return_dict:
            return PoseHeadOutput(heatmaps, offsets)
        outputs = (heatmaps,) + ((offsets,) if self.with_offset else ())
        return outputs


def make():
    np.random.seed(108)
    feats = Tensor(np.random.randn(2, 24, 16, 12).astype(np.float32))
    return HeatmapOffsetHead(HeadConfig(), return_dict=False), (feats,)
