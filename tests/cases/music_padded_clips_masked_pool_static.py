# case: variable-length clip classifier with padding mask from lengths and masked attention pooling -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def length_mask(lengths, max_len):
    steps = ops.arange(max_len, dtype=ms.int32).expand_dims(0)
    return steps < lengths.expand_dims(-1)


class AttentionPool(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def construct(self, h, mask):
        s = self.score(h).squeeze(-1)
        s = ops.masked_fill(s, ops.logical_not(mask), -1e9)
        w = ops.softmax(s, axis=-1)
        return (h * w.expand_dims(-1)).sum(1)


class GenreClassifier(nn.Cell):
    def __init__(self, n_mels=16, hidden=24, n_genres=6):
        super().__init__()
        self.proj = nn.Dense(n_mels, hidden)
        self.pool = AttentionPool(hidden)
        self.out = nn.Dense(hidden, n_genres)

    def construct(self, mel, lengths=None):
        b, t, _ = mel.shape
        h = ops.relu(self.proj(mel))
        if lengths is None:
            mask = ops.ones((b, t), ms.bool_)
        else:
            mask = length_mask(lengths, t)
        return self.out(self.pool(h, mask))


def make():
    np.random.seed(17)
    mel = Tensor(np.random.randn(3, 20, 16).astype(np.float32))
    lengths = Tensor(np.array([20, 12, 7], np.int32))
    return GenreClassifier(), (mel, lengths)
