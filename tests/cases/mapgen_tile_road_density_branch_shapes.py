# case: tile encoder returns full-resolution features for dense-road tiles but pooled features otherwise, chosen by an if on the road fraction tensor -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTileEncoder(nn.Cell):
    def __init__(self, in_ch=3, out_ch=8, dense_thresh=0.2):
        super().__init__()
        self.stem = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same")
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.dense_thresh = dense_thresh

    def construct(self, tile, road_mask):
        feats = ops.relu(self.stem(tile))
        road_frac = road_mask.mean()
        if road_frac > self.dense_thresh:
            out = feats
        else:
            out = self.pool(feats)
        return out


def make():
    np.random.seed(8)
    tile = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    road = Tensor((np.random.rand(1, 1, 16, 16) > 0.7).astype(np.float32))
    return AdaptiveTileEncoder(), (tile, road)
