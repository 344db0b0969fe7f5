# case: class prototypes via unsorted_segment_sum where the number of segments is read from labels.max() -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Backbone(nn.Cell):
    def __init__(self, in_dim=10, emb_dim=6):
        super().__init__()
        self.layers = nn.SequentialCell([nn.Dense(in_dim, 16), nn.LeakyReLU(0.1), nn.Dense(16, emb_dim)])

    def construct(self, x):
        return self.layers(x)


def segment_prototypes(emb, labels):
    n_classes = labels.max() + 1
    sums = ops.unsorted_segment_sum(emb, labels, n_classes)
    counts = ops.unsorted_segment_sum(ops.ones_like(labels).astype(ms.float32), labels, n_classes)
    return sums / counts.expand_dims(1).clip(1.0, None)


class SegmentProtoNet(nn.Cell):
    def __init__(self, in_dim=10, emb_dim=6):
        super().__init__()
        self.backbone = Backbone(in_dim, emb_dim)

    def construct(self, support, labels, query):
        protos = segment_prototypes(self.backbone(support), labels)
        q = self.backbone(query)
        return -ops.cdist(q, protos)


def make():
    np.random.seed(17)
    support = Tensor(np.random.randn(8, 10).astype(np.float32))
    labels = Tensor(np.array([0, 1, 2, 3, 0, 1, 2, 3], dtype=np.int32))
    query = Tensor(np.random.randn(3, 10).astype(np.float32))
    return SegmentProtoNet(), (support, labels, query)
