# case: last-token pooling for right-padded passages reads each row's length with int() on a mask sum -> index from data, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    hidden_size = 16
    vocab_size = 64
    padding_side = "right"


class LastTokenPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pad_left = getattr(config, "padding_side", "right") == "left"

    def _last_index(self, mask, row):
        return int(mask[row].sum()) - 1

    def construct(self, hidden, mask):
        if self.pad_left:
            return hidden[:, -1]
        rows = []
        for b in range(hidden.shape[0]):
            idx = self._last_index(mask, b)
            rows.append(hidden[b, idx])
        return ops.stack(rows)


class PassageEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.mix = nn.Dense(config.hidden_size, config.hidden_size)
        self.pooler = LastTokenPooler(config)

    def construct(self, input_ids, attention_mask):
        h = ops.gelu(self.mix(self.embed(input_ids)))
        return self.pooler(h, attention_mask)


def make():
    np.random.seed(2)
    ids = Tensor(np.random.randint(1, 64, (3, 10)).astype(np.int32))
    mask = Tensor((np.arange(10)[None, :] < np.array([[10], [6], [4]])).astype(np.int32))
    return PassageEncoder(EncoderConfig()), (ids, mask)
