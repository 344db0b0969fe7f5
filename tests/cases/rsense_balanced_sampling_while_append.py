# case: draws class-balanced training pixels by scanning the label map in a while loop and appending to a list until each class has enough -> error or unrolling problems from data-dependent loop and list growth
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BalancedPixelSampler(nn.Cell):
    def __init__(self, per_class=3, num_classes=3):
        super().__init__()
        self.per_class = per_class
        self.num_classes = num_classes

    def construct(self, features, labels):
        counts = ops.zeros((self.num_classes,), ms.int32)
        picked = []
        i = 0
        n = labels.shape[0]
        while counts.min() < self.per_class and i < n:
            c = labels[i]
            if counts[c] < self.per_class:
                picked.append(features[i])
                counts[c] = counts[c] + 1
            i += 1
        return ops.stack(picked), counts


def make():
    np.random.seed(6)
    features = Tensor(np.random.rand(30, 5).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, size=(30,)).astype(np.int32))
    return BalancedPixelSampler(), (features, labels)
