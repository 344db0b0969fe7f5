# case: encoder that truncates inputs to a configured max_source_positions and left-pads to a multiple of 4 -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TruncatingEncoder(nn.Cell):
    def __init__(self, vocab_size=30, hidden=8, max_source_positions=6, pad_to_multiple=4, pad_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden, padding_idx=pad_id)
        self.pos = nn.Embedding(max_source_positions + pad_to_multiple, hidden)
        self.max_source_positions = max_source_positions
        self.pad_to_multiple = pad_to_multiple
        self.pad_id = pad_id

    def _pad_multiple(self, token_ids):
        seq_len = token_ids.shape[1]
        rem = seq_len % self.pad_to_multiple
        if rem != 0:
            token_ids = ops.pad(token_ids, (self.pad_to_multiple - rem, 0), value=self.pad_id)
        return token_ids

    def construct(self, token_ids):
        if token_ids.shape[1] > self.max_source_positions:
            token_ids = token_ids[:, :self.max_source_positions]
        token_ids = self._pad_multiple(token_ids)
        positions = ops.arange(token_ids.shape[1], dtype=ms.int32)
        return self.embed(token_ids) + self.pos(positions).expand_dims(0)


def make():
    np.random.seed(35)
    return TruncatingEncoder(), (Tensor(np.random.randint(1, 30, size=(2, 9)).astype(np.int32)),)
