# case: text embedding truncates to max_length only when it is a Python int (isinstance guard), with max_length coming from the config; a tensor max_length would be ignored -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TextConfig:
    def __init__(self, vocab_size=80, hidden_size=16, max_length=12, pad_token_id=0):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.max_length = max_length
        self.pad_token_id = pad_token_id


class TruncatingTextEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.emb = nn.Embedding(config.vocab_size, config.hidden_size, padding_idx=config.pad_token_id)
        self.max_length = getattr(config, "max_length", None)

    def _truncate(self, input_ids, max_length):
        if isinstance(max_length, int) and input_ids.shape[1] > max_length:
            return input_ids[:, :max_length]
        return input_ids

    def construct(self, input_ids, max_length=None):
        max_length = self.max_length if max_length is None else max_length
        input_ids = self._truncate(input_ids, max_length)
        return self.emb(input_ids)


def make():
    np.random.seed(39)
    ids = Tensor(np.random.randint(0, 80, size=(2, 20)).astype(np.int32))
    return TruncatingTextEmbeddings(TextConfig()), (ids,)
