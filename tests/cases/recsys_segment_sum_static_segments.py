# case: ragged multi-hot pooling with unsorted_segment_sum where num_segments is the batch size read from the dense-feature tensor's .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RaggedFieldPool(nn.Cell):
    def __init__(self, vocab=90, dim=6, combiner="sqrtn"):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.combiner = combiner

    def construct(self, values, row_ids, num_rows):
        emb = self.emb(values)
        summed = ops.unsorted_segment_sum(emb, row_ids, num_rows)
        if self.combiner == "sum":
            return summed
        counts = ops.unsorted_segment_sum(ops.ones(values.shape, ms.float32), row_ids, num_rows)
        counts = ops.maximum(counts, 1.0).expand_dims(-1)
        if self.combiner == "sqrtn":
            return summed / ops.sqrt(counts)
        return summed / counts


class CTRWithTags(nn.Cell):
    def __init__(self, num_dense=3, dim=6):
        super().__init__()
        self.tags = RaggedFieldPool(dim=dim)
        self.head = nn.Dense(num_dense + dim, 1)

    def construct(self, dense, tag_values, tag_rows):
        batch = dense.shape[0]
        pooled = self.tags(tag_values, tag_rows, batch)
        return ops.sigmoid(self.head(ops.concat((dense, pooled), -1))).squeeze(-1)


def make():
    np.random.seed(32)
    dense = Tensor(np.random.randn(4, 3).astype(np.float32))
    vals = Tensor(np.random.randint(0, 90, size=(7,)).astype(np.int32))
    rows = Tensor(np.array([0, 0, 1, 3, 3, 3, 1], dtype=np.int32))
    return CTRWithTags(), (dense, vals, rows)
