# case: heatmap head logs the peak response per batch with print(f"...{tensor}...") because config.verbose defaults to True -> f-string over a traced tensor inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadCfg:
    def __init__(self, in_channels=16, num_keypoints=17, verbose=True, name="td_hm_head"):
        self.in_channels = in_channels
        self.num_keypoints = num_keypoints
        self.verbose = verbose
        self.name = name


class LoggingMixin:
    def log_stats(self, heatmaps):
        if self.verbose:
            peak = heatmaps.max()
            print(f"[{self.name}] max heatmap response = {peak}")


class HeatmapHead(nn.Cell, LoggingMixin):
    def __init__(self, cfg):
        super().__init__()
        self.verbose = cfg.verbose
        self.name = cfg.name
        self.conv_layers = nn.CellList([nn.Conv2d(cfg.in_channels, cfg.in_channels, 3, pad_mode="same")
                                        for _ in range(2)])
        self.final_layer = nn.Conv2d(cfg.in_channels, cfg.num_keypoints, 1, has_bias=True)
        self.act = nn.ReLU()

    def construct(self, x):
        for conv in self.conv_layers:
            x = self.act(conv(x))
        heatmaps = self.final_layer(x)
        self.log_stats(heatmaps)
        return heatmaps


def make():
    np.random.seed(121)
    x = Tensor(np.random.randn(2, 16, 16, 12).astype(np.float32))
    return HeatmapHead(HeadCfg()), (x,)
