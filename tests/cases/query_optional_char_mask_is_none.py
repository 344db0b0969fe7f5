# case: character encoder whose optional char mask defaults to None and is built from char ids when absent -> is None test resolved at compile time, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CharEncoder(nn.Cell):
    def __init__(self, n_chars=60, dim=10):
        super().__init__()
        self.emb = nn.Embedding(n_chars, dim)
        self.conv = nn.Conv1d(dim, dim, kernel_size=3, pad_mode="same")

    def construct(self, char_ids, char_mask=None):
        if char_mask is None:
            char_mask = (char_ids != 0).astype(ms.float32)
        x = self.emb(char_ids).transpose(0, 2, 1)
        h = ops.relu(self.conv(x)) * char_mask.expand_dims(1)
        return h.max(axis=-1)


def make():
    np.random.seed(35)
    chars = np.random.randint(1, 60, size=(2, 10)).astype(np.int32)
    chars[1, 6:] = 0
    return CharEncoder(), (Tensor(chars),)
