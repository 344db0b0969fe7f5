# case: image-level scorer reduces anomaly maps over spatial axes built from config (tuple(range(...))) with the reduction picked by a score_mode string -> axes are python constants, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreConfig:
    def __init__(self, score_mode="max", spatial_dims=2, channel_reduce="mean"):
        self.score_mode = score_mode
        self.spatial_dims = spatial_dims
        self.channel_reduce = channel_reduce


_REDUCERS = {
    "max": lambda x, axes: ops.amax(x, axes),
    "mean": lambda x, axes: ops.mean(x, axes),
}


class ImageScorer(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else ScoreConfig()
        self.spatial_axes = tuple(range(2, 2 + config.spatial_dims))
        self.score_mode = getattr(config, "score_mode", "max")
        self.channel_reduce = config.channel_reduce

    def construct(self, anomaly_map):
        if self.channel_reduce == "mean":
            amap = anomaly_map.mean(axis=1, keep_dims=True)
        else:
            amap = ops.amax(anomaly_map, 1, True)
        if self.score_mode == "max":
            score = ops.amax(amap, self.spatial_axes)
        else:
            score = ops.mean(amap, self.spatial_axes)
        return score.reshape(-1), amap


def make():
    np.random.seed(3678)
    net = ImageScorer()
    amap = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return net, (amap,)
