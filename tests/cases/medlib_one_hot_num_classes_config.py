# case: AsDiscrete post-transform Cell (argmax then one-hot with num_classes from config, optional threshold for sigmoid outputs) -> class count is a Python constant, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PostConfig:
    def __init__(self, num_classes=4, argmax=True, threshold=None, keepdim=True):
        self.num_classes = num_classes
        self.argmax = argmax
        self.threshold = threshold
        self.keepdim = keepdim


class AsDiscrete(nn.Cell):
    def __init__(self, config, **kwargs):
        super().__init__()
        self.num_classes = kwargs.get("to_onehot", config.num_classes)
        self.argmax = config.argmax
        self.threshold = config.threshold
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def _to_onehot(self, idx):
        oh = ops.one_hot(idx, self.num_classes, self.on, self.off)
        perm = (0, idx.ndim) + tuple(range(1, idx.ndim))
        return oh.transpose(perm)

    def construct(self, pred):
        if self.threshold is not None:
            return (pred > self.threshold).astype(ms.float32)
        if self.argmax:
            idx = ops.argmax(pred, dim=1)
        else:
            idx = pred[:, 0].astype(ms.int32)
        if self.num_classes is None:
            return idx
        return self._to_onehot(idx)


def make():
    np.random.seed(13)
    pred = Tensor(np.random.randn(2, 4, 6, 6, 6).astype(np.float32))
    return AsDiscrete(PostConfig()), (pred,)
