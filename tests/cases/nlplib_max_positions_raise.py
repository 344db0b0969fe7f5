# case: token+position embedding that raises ValueError with an f-string when input_ids is longer than max_position_embeddings; the check compares shapes with a config int and never fires -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbeddingConfig:
    def __init__(self, vocab_size=64, hidden_size=16, max_position_embeddings=12, scale_embedding=True):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.max_position_embeddings = max_position_embeddings
        self.scale_embedding = scale_embedding


class ScaledEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.word = nn.Embedding(config.vocab_size, config.hidden_size)
        self.pos = nn.Embedding(config.max_position_embeddings, config.hidden_size)
        self.max_position_embeddings = config.max_position_embeddings
        self.embed_scale = config.hidden_size ** 0.5 if config.scale_embedding else 1.0

    def construct(self, input_ids):
        seq_len = input_ids.shape[-1]
        if seq_len > self.max_position_embeddings:
            raise ValueError(f"Sequence length {seq_len} exceeds max_position_embeddings "
                             f"{self.max_position_embeddings}")
        positions = ops.arange(seq_len, dtype=ms.int32)[None, :]
        return self.word(input_ids) * self.embed_scale + self.pos(positions)


def make():
    np.random.seed(3399)
    cfg = EmbeddingConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(3, 7)).astype(np.int32))
    return ScaledEmbeddings(cfg), (ids,)
