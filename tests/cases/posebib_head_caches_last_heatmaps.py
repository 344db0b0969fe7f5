# case: heatmap head keeps the last predicted heatmaps on self for a visualisation hook (keep_last defaults to True, written in a helper called from construct) -> attribute of self assigned in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisCfg:
    def __init__(self, keep_last=True, in_channels=16, num_keypoints=17):
        self.keep_last = keep_last
        self.in_channels = in_channels
        self.num_keypoints = num_keypoints


class HookMixin:
    def _maybe_keep(self, heatmaps):
        if self.keep_last:
            self.last_heatmaps = heatmaps
        return heatmaps


class VisualizableHeatmapHead(nn.Cell, HookMixin):
    def __init__(self, cfg):
        super().__init__()
        self.keep_last = cfg.keep_last
        self.last_heatmaps = Tensor(np.zeros((1, cfg.num_keypoints, 1, 1), np.float32))
        self.layers = nn.CellList([
            nn.Conv2d(cfg.in_channels, cfg.in_channels, 3, pad_mode="same"),
            nn.Conv2d(cfg.in_channels, cfg.num_keypoints, 1, has_bias=True),
        ])
        self.act = nn.ReLU()

    def construct(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = self.act(x)
        heatmaps = self._maybe_keep(ops.sigmoid(x))
        return heatmaps


def make():
    np.random.seed(109)
    x = Tensor(np.random.randn(2, 16, 16, 12).astype(np.float32))
    return VisualizableHeatmapHead(VisCfg()), (x,)
