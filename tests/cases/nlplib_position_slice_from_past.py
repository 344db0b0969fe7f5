# case: decoder embedding that slices its learned position table with past_length + seq_len, where past_length is read from the cached key's shape and looks like a data value -> shape-only slice bounds, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class EmbeddingConfig:
    def __init__(self, vocab_size=64, hidden_size=16, max_position_embeddings=40, init_std=0.02):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.max_position_embeddings = max_position_embeddings
        self.init_std = init_std


class LearnedPositionalEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self._init_table(config)

    def _init_table(self, config):
        self.table = Parameter(initializer(Normal(config.init_std),
                                           (config.max_position_embeddings, config.hidden_size), ms.float32),
                               name="position_table")

    def construct(self, input_ids, past_key=None):
        past_length = 0 if past_key is None else past_key.shape[2]
        seq_len = input_ids.shape[1]
        return self.table[past_length:past_length + seq_len]


class DecoderEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.positions = LearnedPositionalEmbedding(config)

    def construct(self, input_ids, past_key=None):
        h = self.tokens(input_ids) + self.positions(input_ids, past_key).expand_dims(0)
        return h[:, -1, :], h


def make():
    np.random.seed(3388)
    cfg = EmbeddingConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 3)).astype(np.int32))
    past_key = Tensor(np.random.randn(2, 4, 9, 4).astype(np.float32))
    return DecoderEmbeddings(cfg), (ids, past_key)
