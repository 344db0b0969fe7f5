# case: text embedding trims padded tokens to the longest real sequence, length read from attention_mask.sum() -> slice length from tensor data, dynamic shape or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayoutTextConfig:
    def __init__(self, vocab_size=120, hidden_size=32, max_position=64, trim_padding=True):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.max_position = max_position
        self.trim_padding = trim_padding


class LayoutTextEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.word_embeddings = nn.Embedding(config.vocab_size, config.hidden_size)
        self.position_embeddings = nn.Embedding(config.max_position, config.hidden_size)
        self.norm = nn.LayerNorm((config.hidden_size,))
        self.trim_padding = config.trim_padding

    def _effective_length(self, attention_mask):
        # longest real sequence in the batch
        return int(attention_mask.sum(axis=1).max())

    def construct(self, input_ids, attention_mask=None):
        if attention_mask is not None and self.trim_padding:
            seq_len = self._effective_length(attention_mask)
            input_ids = input_ids[:, :seq_len]
        positions = ops.arange(input_ids.shape[1]).expand_dims(0)
        emb = self.word_embeddings(input_ids) + self.position_embeddings(positions)
        return self.norm(emb)


def make():
    np.random.seed(1)
    ids = Tensor(np.random.randint(1, 120, size=(2, 24)).astype(np.int32))
    mask = np.ones((2, 24), dtype=np.int32)
    mask[0, 15:] = 0
    mask[1, 19:] = 0
    return LayoutTextEmbeddings(LayoutTextConfig()), (ids, Tensor(mask))
