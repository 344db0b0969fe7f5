# case: class-balanced mixing computes per-class feature means with unsorted_segment_sum where num_segments = int(labels.max()) + 1 -> compile error at line 13
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassMeanMix(nn.Cell):
    def __init__(self, mix_weight=0.3):
        super().__init__()
        self.mix_weight = mix_weight

    def class_means(self, feats, labels):
        num_classes = int(labels.max()) + 1
        sums = ops.unsorted_segment_sum(feats, labels, num_classes)
        counts = ops.unsorted_segment_sum(ops.ones_like(labels).astype(ms.float32), labels, num_classes)
        return sums / ops.maximum(counts, 1.0).reshape(-1, 1)

    def construct(self, feats, labels):
        means = self.class_means(feats, labels)
        own = ops.gather(means, labels, 0)
        return (1.0 - self.mix_weight) * feats + self.mix_weight * own


def make():
    np.random.seed(31)
    feats = Tensor(np.random.rand(6, 4).astype(np.float32))
    labels = Tensor(np.array([0, 2, 1, 2, 0, 1], np.int32))
    return ClassMeanMix(), (feats, labels)
