# case: learned position embeddings indexed by arange up to the longest real length -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositionalEmbedder(nn.Cell):
    def __init__(self, vocab_size=40, hidden=8, max_positions=32, pad_id=0, scale_embeddings=True):
        super().__init__()
        self.tok = nn.Embedding(vocab_size, hidden, padding_idx=pad_id)
        self.pos = nn.Embedding(max_positions, hidden)
        self.pad_id = pad_id
        self.scale = float(np.sqrt(hidden)) if scale_embeddings else 1.0
        self.dropout = nn.Dropout(p=0.0)

    def construct(self, token_ids):
        not_pad = (token_ids != self.pad_id).astype(ms.int32)
        seq_len = not_pad.sum(axis=1).max()
        x = self.tok(token_ids[:, :seq_len]) * self.scale
        return self.dropout(x + self._positions(seq_len))

    def _positions(self, seq_len):
        pos_ids = ops.arange(0, seq_len, dtype=ms.int32)
        return self.pos(pos_ids).expand_dims(0)


def make():
    np.random.seed(19)
    ids = np.random.randint(1, 40, size=(2, 9)).astype(np.int32)
    ids[:, 6:] = 0
    return PositionalEmbedder(), (Tensor(ids),)
