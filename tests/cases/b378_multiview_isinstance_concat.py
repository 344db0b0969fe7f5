# case: feature fusion head accepts either one log-mel tensor or a tuple of views (log-mel + delta), concatenating them after an isinstance guard -> the tuple structure is known at compile time, should compile statically
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    n_mels = 32
    n_views = 2
    n_classes = 6
    dropout = 0.1


class MultiViewHead(nn.Cell):
    def __init__(self, config, in_features: Optional[int] = None):
        super().__init__()
        in_features = in_features if in_features is not None else config.n_mels * config.n_views
        self.dropout = nn.Dropout(p=config.dropout)
        self.fc = nn.Dense(in_features, config.n_classes)

    def _merge(self, feats):
        if isinstance(feats, (list, tuple)):
            return ops.concat([f for f in feats], axis=-1)
        if isinstance(feats, Tensor):
            return feats
        raise TypeError("features must be a Tensor or a sequence of Tensors")

    def construct(self, *views):
        feats = views[0] if len(views) == 1 else views
        x = self._merge(feats)
        x = self.dropout(x)
        framewise = ops.sigmoid(self.fc(x))
        return framewise.max(axis=1), framewise


def make():
    np.random.seed(3812)
    logmel = Tensor(np.random.randn(2, 30, 32).astype(np.float32))
    delta = Tensor(np.random.randn(2, 30, 32).astype(np.float32))
    net = MultiViewHead(FusionConfig())
    net.set_train(False)
    return net, (logmel, delta)
