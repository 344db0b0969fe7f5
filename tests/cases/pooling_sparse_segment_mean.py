# case: session pooling with ops.sparse_segment_mean over item embeddings, segment ids from a tensor input; output rows come from data, expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionPool(nn.Cell):
    def __init__(self, num_items=40, dim=6):
        super().__init__()
        self.items = nn.Embedding(num_items, dim)
        self.head = nn.Dense(dim, 1)

    def construct(self, item_ids, session_ids):
        table = self.items.embedding_table
        order = ops.arange(item_ids.shape[0], dtype=ms.int32)
        rows = ops.gather(table, item_ids, 0)
        sess = ops.sparse_segment_mean(rows, order, session_ids)
        return self.head(sess)


def make():
    rng = np.random.RandomState(44)
    items = Tensor(rng.randint(0, 40, 11).astype(np.int32))
    sessions = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 3, 3], np.int32))
    return SessionPool(), (items, sessions)
