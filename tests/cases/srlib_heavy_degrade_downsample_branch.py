# case: restoration router sends heavily degraded inputs (mean of the degradation mask above a threshold) through a half-resolution path and light ones through full resolution -> if on tensor value with branches of different spatial size, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouterConfig:
    def __init__(self, num_feat=8, heavy_threshold=0.3, use_router=True):
        self.num_feat = num_feat
        self.heavy_threshold = heavy_threshold
        self.use_router = use_router


class DegradationRouter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = nn.Conv2d(4, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.body = nn.Conv2d(config.num_feat, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.heavy_threshold = config.heavy_threshold
        self.use_router = config.use_router

    def _is_heavy(self, mask):
        return mask.mean() > self.heavy_threshold

    def construct(self, img, mask):
        feat = self.head(ops.concat((img, mask), axis=1))
        if self.use_router and self._is_heavy(mask):
            feat = feat[:, :, ::2, ::2]
        return self.body(ops.relu(feat))


def make():
    np.random.seed(39)
    img = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    mask = Tensor((np.random.rand(1, 1, 8, 8) > 0.5).astype(np.float32))
    return DegradationRouter(RouterConfig()), (img, mask)
