# case: cascade of classifiers breaks out of the stage loop once the batch-mean confidence passes the threshold, same output shape either way -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CascadeStage(nn.Cell):
    def __init__(self, dim, num_classes):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(dim, dim), nn.ReLU()])
        self.head = nn.Dense(dim, num_classes)

    def construct(self, h):
        h = self.body(h)
        return h, self.head(h)


class ConfidenceCascade(nn.Cell):
    def __init__(self, dim=12, num_classes=5, num_stages=3, threshold=0.9):
        super().__init__()
        self.stages = nn.CellList([CascadeStage(dim, num_classes) for _ in range(num_stages)])
        self.threshold = threshold

    def construct(self, x):
        h = x
        logits = ops.zeros((x.shape[0], 5), ms.float32)
        used = 0
        for stage in self.stages:
            h, logits = stage(h)
            used = used + 1
            conf = ops.softmax(logits, axis=-1).max(axis=-1).mean()
            if conf > self.threshold:
                break
        return logits, used


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(4, 12).astype(np.float32))
    return ConfidenceCascade(), (x,)
