# case: temporal pooling head reduces over config.frame_axis (Python int), with an isinstance(Tensor) guard that converts only when a tensor is given and no caller passes one -> constant axis, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    def __init__(self, channels=8, num_classes=5, pool="mean", frame_axis=1):
        self.channels = channels
        self.num_classes = num_classes
        self.pool = pool
        self.frame_axis = frame_axis


class TemporalPoolMixin:
    def temporal_pool(self, x, frame_axis=None):
        if frame_axis is None:
            frame_axis = self.frame_axis
        if self.pool == "max":
            return x.max(axis=frame_axis)
        return x.mean(axis=frame_axis)


class VideoClassifierHead(nn.Cell, TemporalPoolMixin):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool
        self.frame_axis = config.frame_axis
        self.fc = nn.Dense(config.channels, config.num_classes)

    def construct(self, feats, frame_axis=None):
        pooled = self.temporal_pool(feats, frame_axis)
        pooled = pooled.mean(axis=(-2, -1)) if pooled.ndim == 4 else pooled
        return self.fc(pooled)


def make():
    np.random.seed(37426)
    feats = Tensor(np.random.randn(2, 4, 8, 6, 6).astype(np.float32))
    return VideoClassifierHead(PoolConfig()), (feats,)
