# case: temporal pooling head reduces over the axis named by a layout Tensor ("frame axis") passed with the batch, axis = int(frame_axis) -> reduce axis from a tensor value, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    def __init__(self, channels=8, num_classes=5, pool="mean"):
        self.channels = channels
        self.num_classes = num_classes
        self.pool = pool


class TemporalPoolMixin:
    def temporal_pool(self, x, frame_axis):
        axis = int(frame_axis) if isinstance(frame_axis, Tensor) else frame_axis
        if self.pool == "max":
            return x.max(axis=axis)
        return x.mean(axis=axis)


class VideoClassifierHead(nn.Cell, TemporalPoolMixin):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool
        self.fc = nn.Dense(config.channels, config.num_classes)

    def construct(self, feats, frame_axis=1):
        pooled = self.temporal_pool(feats, frame_axis)
        pooled = pooled.mean(axis=(-2, -1)) if pooled.ndim == 4 else pooled
        return self.fc(pooled)


def make():
    np.random.seed(37425)
    feats = Tensor(np.random.randn(2, 4, 8, 6, 6).astype(np.float32))
    return VideoClassifierHead(PoolConfig()), (feats, Tensor(1, ms.int32))
