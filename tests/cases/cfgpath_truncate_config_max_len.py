# case: position-embedding encoder truncates inputs to config.max_position_embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PosConfig:
    def __init__(self, vocab_size=20, hidden_size=8, max_position_embeddings=6,
                 truncate=True):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.max_position_embeddings = max_position_embeddings
        self.truncate = truncate


class PositionalEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tok = nn.Embedding(config.vocab_size, config.hidden_size)
        self.pos = nn.Embedding(config.max_position_embeddings, config.hidden_size)
        self.max_len = config.max_position_embeddings
        self.truncate = config.truncate

    def construct(self, input_ids):
        if self.truncate:
            input_ids = input_ids[:, : self.max_len]
        seq_len = input_ids.shape[1]
        positions = ops.arange(seq_len).expand_dims(0)
        return self.tok(input_ids) + self.pos(positions)


def make():
    np.random.seed(33)
    ids = Tensor(np.random.randint(0, 20, size=(2, 9)).astype(np.int32))
    return PositionalEncoder(PosConfig()), (ids,)
