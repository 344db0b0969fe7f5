# case: per-document mean pooling over a packed row, number of documents taken from ops.unique on segment ids -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedDocPooler(nn.Cell):
    def __init__(self, hidden=8, num_classes=3):
        super().__init__()
        self.encoder = nn.Dense(hidden, hidden)
        self.cls = nn.Dense(hidden, num_classes)

    def construct(self, packed_states, segment_ids):
        h = ops.relu(self.encoder(packed_states))
        # segment ids in a packed row are 0..n_docs-1, padding excluded beforehand
        doc_ids, inverse = ops.unique(segment_ids)
        n_docs = doc_ids.shape[0]
        sums = ops.unsorted_segment_sum(h, inverse, n_docs)
        counts = ops.unsorted_segment_sum(ops.ones_like(h[:, :1]), inverse, n_docs)
        return self.cls(sums / counts)


def make():
    np.random.seed(0)
    states = Tensor(np.random.randn(10, 8).astype(np.float32))
    segs = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 3], np.int32))
    return PackedDocPooler(), (states, segs)
