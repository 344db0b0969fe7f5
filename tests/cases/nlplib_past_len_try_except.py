# case: decoder layer that reads the past length from past_key_values inside try/except, falling back to 0 when no cache is given -> try statement in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, vocab_size=50, hidden_size=16, max_positions=32, use_cache=True):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.max_positions = max_positions
        self.use_cache = use_cache


class DecoderEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.positions = nn.Embedding(config.max_positions, config.hidden_size)
        self.dropout = nn.Dropout(p=0.1)

    def construct(self, input_ids, past_key_values=None):
        try:
            past_length = past_key_values[0][0].shape[2]
        except (TypeError, IndexError):
            past_length = 0
        seq_len = input_ids.shape[1]
        pos = ops.arange(past_length, past_length + seq_len, dtype=ms.int32)
        h = self.tokens(input_ids) + self.positions(pos).expand_dims(0)
        if self.training:
            h = self.dropout(h)
        return h


def make():
    np.random.seed(3371)
    cfg = DecoderConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 1)).astype(np.int32))
    k = Tensor(np.random.randn(2, 2, 5, 8).astype(np.float32))
    v = Tensor(np.random.randn(2, 2, 5, 8).astype(np.float32))
    net = DecoderEmbeddings(cfg)
    net.set_train(False)
    return net, (ids, ((k, v),))
