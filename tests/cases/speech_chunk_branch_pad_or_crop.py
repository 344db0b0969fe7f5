# case: chunked inference pads short utterances or crops long ones depending on the actual length value -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkEncoder(nn.Cell):
    def __init__(self, dim=6, chunk=8):
        super().__init__()
        self.chunk = chunk
        self.lstm = nn.LSTM(dim, dim, batch_first=True)

    def to_chunk(self, x, n_valid):
        if n_valid < self.chunk:
            x = x[:, :n_valid]
            x = ops.pad(x, (0, 0, 0, int(self.chunk - n_valid)))
        else:
            x = x[:, : self.chunk]
        return x

    def construct(self, feats, n_valid):
        x = self.to_chunk(feats, n_valid)
        out, _ = self.lstm(x)
        return out


def make():
    np.random.seed(12)
    feats = Tensor(np.random.randn(1, 10, 6).astype(np.float32))
    return ChunkEncoder(), (feats, Tensor(5, ms.int32))
