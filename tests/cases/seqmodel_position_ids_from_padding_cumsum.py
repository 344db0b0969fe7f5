# case: RoBERTa-style position ids from a cumulative sum over the non-pad mask plus token-type embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def create_position_ids_from_input_ids(input_ids, padding_idx, past_key_values_length=0):
    mask = (input_ids != padding_idx).astype(ms.int32)
    incremental = (ops.cumsum(mask, axis=1) + past_key_values_length) * mask
    return incremental + padding_idx


class TextEmbeddings(nn.Cell):
    def __init__(self, vocab_size=40, hidden=8, max_positions=20, type_vocab_size=2, pad_id=1, dropout=0.0):
        super().__init__()
        self.word = nn.Embedding(vocab_size, hidden, padding_idx=pad_id)
        self.position = nn.Embedding(max_positions, hidden, padding_idx=pad_id)
        self.token_type = nn.Embedding(type_vocab_size, hidden)
        self.norm = nn.LayerNorm((hidden,), epsilon=1e-5)
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()
        self.pad_id = pad_id

    def construct(self, input_ids, token_type_ids=None, past_length=0):
        position_ids = create_position_ids_from_input_ids(input_ids, self.pad_id, past_length)
        if token_type_ids is None:
            token_type_ids = ops.zeros_like(input_ids)
        x = self.word(input_ids) + self.position(position_ids) + self.token_type(token_type_ids)
        return self.drop(self.norm(x))


def make():
    np.random.seed(36)
    ids = np.random.randint(2, 40, size=(2, 7)).astype(np.int32)
    ids[1, 5:] = 1
    return TextEmbeddings(), (Tensor(ids),)
