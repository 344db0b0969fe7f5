# case: question encoder strips the [CLS] and [SEP] positions using sizes taken from x.shape, then adds learned positions -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuestionBody(nn.Cell):
    def __init__(self, hidden=12, max_len=32):
        super().__init__()
        self.pos = nn.Embedding(max_len, hidden)
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, encoded):
        seq_len = encoded.shape[1]
        body = encoded[:, 1:seq_len - 1, :]
        positions = ops.arange(0, seq_len - 2, dtype=ms.int32)
        body = body + self.pos(positions).expand_dims(0)
        return self.norm(body)


def make():
    np.random.seed(13)
    enc = Tensor(np.random.randn(2, 9, 12).astype(np.float32))
    return QuestionBody(), (enc,)
