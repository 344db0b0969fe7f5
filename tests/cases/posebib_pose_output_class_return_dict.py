# case: pose head returns a plain Python PoseHeadOutput object built inside construct when config.return_dict is True (the default) -> plain class instance in construct, Graph mode may refuse it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoseHeadOutput:
    def __init__(self, heatmaps, keypoints=None, scores=None):
        self.heatmaps = heatmaps
        self.keypoints = keypoints
        self.scores = scores


class HeadConfig:
    def __init__(self, in_channels=24, num_keypoints=17, return_dict=True, decode=True):
        self.in_channels = in_channels
        self.num_keypoints = num_keypoints
        self.return_dict = return_dict
        self.decode = decode


class SimpleHeatmapHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(config.in_channels, config.in_channels, 3, pad_mode="same")
        self.act = nn.ReLU()
        self.final_layer = nn.Conv2d(config.in_channels, config.num_keypoints, 1, has_bias=True)
        self.return_dict = config.return_dict
        self.decode = config.decode

    def _argmax_decode(self, heatmaps):
        b, k, h, w = heatmaps.shape
        flat = heatmaps.reshape(b, k, -1)
        idx = flat.argmax(-1)
        kpts = ops.stack(((idx % w).astype(ms.float32), (idx // w).astype(ms.float32)), -1)
        return kpts, ops.amax(flat, -1)

    def construct(self, feats):
        heatmaps = self.final_layer(self.act(self.conv(feats)))
        keypoints, scores = None, None
        if self.decode:
            keypoints, scores = self._argmax_decode(heatmaps)
        if self.return_dict:
            return PoseHeadOutput(heatmaps=heatmaps, keypoints=keypoints, scores=scores)
        return (heatmaps, keypoints, scores)


def make():
    np.random.seed(107)
    feats = Tensor(np.random.randn(2, 24, 16, 12).astype(np.float32))
    return SimpleHeatmapHead(HeadConfig()), (feats,)
