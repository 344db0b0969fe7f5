# case: clip head reads the number of test views from a metadata tensor shipped with the batch and reshapes by it -> reshape size from tensor value, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    in_channels = 16
    num_classes = 10
    multi_view_test = True


class MultiViewClipHead(nn.Cell):
    def __init__(self, config=HeadConfig):
        super().__init__()
        self.fc = nn.Dense(config.in_channels, config.num_classes)
        self.multi_view_test = config.multi_view_test

    def _views_per_video(self, meta):
        # meta: (2,) = [num_crops, num_clips]
        return int(meta[0] * meta[1])

    def construct(self, feats, meta=None):
        x = feats.mean(axis=(2, 3, 4))
        logits = self.fc(x)
        if self.multi_view_test and meta is not None:
            views = self._views_per_video(meta)
            logits = logits.reshape(logits.shape[0] // views, views, -1).mean(axis=1)
        return logits


def make():
    np.random.seed(111)
    feats = Tensor(np.random.randn(12, 16, 2, 4, 4).astype(np.float32))
    meta = Tensor(np.array([3, 2], dtype=np.int32))
    return MultiViewClipHead(), (feats, meta)
