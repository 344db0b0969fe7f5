# case: left-padded batch: position ids from cumsum of the attention mask, last-token gather via argmax of positions -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeftPaddedPooler(nn.Cell):
    def __init__(self, vocab=30, hidden=8, max_pos=16):
        super().__init__()
        self.tok = nn.Embedding(vocab, hidden)
        self.pos = nn.Embedding(max_pos, hidden)
        self.out = nn.Dense(hidden, vocab)

    def _position_ids(self, attention_mask):
        pos = ops.cumsum(attention_mask, axis=-1) - 1
        return ops.masked_fill(pos, attention_mask == 0, 1)

    def construct(self, input_ids, attention_mask):
        position_ids = self._position_ids(attention_mask)
        h = self.tok(input_ids) + self.pos(position_ids)
        last = ops.argmax(position_ids, dim=-1, keepdim=True)
        idx = ops.broadcast_to(last.expand_dims(-1), (h.shape[0], 1, h.shape[-1]))
        return self.out(ops.gather_elements(h, 1, idx).squeeze(1))


def make():
    np.random.seed(40)
    ids = Tensor(np.random.randint(1, 30, size=(2, 5)).astype(np.int32))
    mask = Tensor(np.array([[0, 0, 1, 1, 1], [1, 1, 1, 1, 1]], dtype=np.int32))
    return LeftPaddedPooler(), (ids, mask)
