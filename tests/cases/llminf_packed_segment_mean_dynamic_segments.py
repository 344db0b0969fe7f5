# case: per-document mean pooling over a packed sequence with num_segments derived from the segment ids -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedDocPooler(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.norm = nn.LayerNorm((hidden,))

    def _num_docs(self, segment_ids):
        return segment_ids.max() + 1

    def construct(self, packed_hidden, segment_ids):
        h = self.norm(packed_hidden)
        n_docs = self._num_docs(segment_ids)
        sums = ops.unsorted_segment_sum(h, segment_ids, n_docs)
        ones = ops.ones((h.shape[0], 1), ms.float32)
        counts = ops.unsorted_segment_sum(ones, segment_ids, n_docs)
        return sums / ops.maximum(counts, 1.0)


def make():
    np.random.seed(17)
    h = Tensor(np.random.randn(10, 8).astype(np.float32))
    seg = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 2], dtype=np.int32))
    return PackedDocPooler(), (h, seg)
