# case: code-BERT style embedding sums token, token-type and position embeddings with positions from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodeEmbeddings(nn.Cell):
    def __init__(self, vocab_size=50, num_token_types=6, max_positions=32, dim=16, dropout=0.1):
        super().__init__()
        self.word = nn.Embedding(vocab_size, dim)
        self.token_type = nn.Embedding(num_token_types, dim)
        self.position = nn.Embedding(max_positions, dim)
        self.norm = nn.LayerNorm((dim,), epsilon=1e-12)
        self.drop = nn.Dropout(p=dropout)

    def _positions(self, input_ids):
        seq_len = input_ids.shape[1]
        pos = ops.arange(seq_len, dtype=ms.int32)
        return ops.broadcast_to(pos.expand_dims(0), input_ids.shape)

    def construct(self, input_ids, token_type_ids=None):
        if token_type_ids is None:
            token_type_ids = ops.zeros_like(input_ids)
        h = self.word(input_ids) + self.token_type(token_type_ids)
        h = h + self.position(self._positions(input_ids))
        return self.drop(self.norm(h))


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 50, size=(2, 9)).astype(np.int32))
    types = Tensor(np.random.randint(0, 6, size=(2, 9)).astype(np.int32))
    return CodeEmbeddings(), (ids, types)
