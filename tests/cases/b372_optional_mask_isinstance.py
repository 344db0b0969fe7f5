# case: reader embeddings with optional token_type_ids/attention_mask defaulting to None and an isinstance guard for position ids -> None checks and isinstance on arguments resolved at compile time; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbedConfig:
    def __init__(self, vocab_size=500, hidden_size=16, max_positions=32, type_vocab_size=2):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.max_positions = max_positions
        self.type_vocab_size = type_vocab_size


class QAEmbeddingsAndHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.word = nn.Embedding(config.vocab_size, config.hidden_size)
        self.position = nn.Embedding(config.max_positions, config.hidden_size)
        self.token_type = nn.Embedding(config.type_vocab_size, config.hidden_size)
        self.qa = nn.Dense(config.hidden_size, 2)

    def construct(self, input_ids, token_type_ids=None, attention_mask=None, position_ids=None):
        seq_len = input_ids.shape[1]
        if token_type_ids is None:
            token_type_ids = ops.zeros_like(input_ids)
        if not isinstance(position_ids, Tensor):
            position_ids = ops.arange(seq_len, dtype=ms.int32).expand_dims(0)
        x = self.word(input_ids) + self.position(position_ids) + self.token_type(token_type_ids)
        logits = self.qa(x)
        if attention_mask is not None:
            logits = logits + (1.0 - attention_mask.astype(ms.float32)).expand_dims(-1) * -1e4
        return logits[..., 0], logits[..., 1]


def make():
    np.random.seed(3747)
    ids = Tensor(np.random.randint(0, 500, size=(2, 12)).astype(np.int32))
    tt = np.zeros((2, 12), dtype=np.int32)
    tt[:, 5:] = 1
    return QAEmbeddingsAndHead(EmbedConfig()), (ids, Tensor(tt))
