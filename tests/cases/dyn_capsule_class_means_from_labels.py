# case: capsule classifier computes per-class prototype means with unsorted_segment_sum whose num_segments comes from label data -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrimaryCaps(nn.Cell):
    def __init__(self, in_ch=3, num_caps=4, cap_dim=4):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, num_caps * cap_dim, 3, stride=2, pad_mode='same')
        self.num_caps = num_caps
        self.cap_dim = cap_dim

    def construct(self, x):
        h = self.conv(x).mean(axis=(2, 3))
        caps = h.reshape(x.shape[0], self.num_caps, self.cap_dim)
        n2 = (caps * caps).sum(-1, keepdims=True)
        return caps * n2 / (1 + n2) / ops.sqrt(n2 + 1e-7)


class PrototypeCapsNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.primary = PrimaryCaps()

    def class_prototypes(self, emb, labels):
        num_classes = labels.max() + 1
        sums = ops.unsorted_segment_sum(emb, labels, num_classes)
        counts = ops.unsorted_segment_sum(ops.ones_like(emb[:, :1]), labels, num_classes)
        return sums / ops.maximum(counts, 1.0)

    def construct(self, x, labels):
        caps = self.primary(x)
        emb = caps.reshape(x.shape[0], -1)
        protos = self.class_prototypes(emb, labels)
        dist = ((emb.expand_dims(1) - protos.expand_dims(0)) ** 2).sum(-1)
        return -dist


def make():
    np.random.seed(20)
    x = Tensor(np.random.randn(6, 3, 8, 8).astype(np.float32))
    labels = Tensor(np.array([0, 1, 2, 0, 1, 2], np.int32))
    return PrototypeCapsNet(), (x, labels)
