# case: decoder output head converts predicted ids with .tolist() and cuts at the END token in Python before re-embedding -> host round trip in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SqlRenderer(nn.Cell):
    def __init__(self, vocab=20, hidden=8, end_id=1):
        super().__init__()
        self.out = nn.Dense(hidden, vocab)
        self.embed = nn.Embedding(vocab, hidden)
        self.end_id = end_id

    def construct(self, dec_states):
        ids = ops.argmax(self.out(dec_states), dim=-1)
        id_list = ids.tolist()
        if self.end_id in id_list:
            id_list = id_list[: id_list.index(self.end_id)]
        kept = Tensor(id_list + [self.end_id], ms.int32)
        return self.embed(kept).mean(axis=0)


def make():
    np.random.seed(25)
    states = Tensor(np.random.randn(7, 8).astype(np.float32))
    return SqlRenderer(), (states,)
