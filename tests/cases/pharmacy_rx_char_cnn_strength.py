# case: character CNN over a fixed-length prescription line predicts the strength span start/end with argmax and slices by the input shape -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout, k):
        super().__init__()
        self.conv = nn.Conv1d(cin, cout, k, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.conv(x))


class StrengthSpanFinder(nn.Cell):
    def __init__(self, n_chars=64, dim=16, n_blocks=3):
        super().__init__()
        self.emb = nn.Embedding(n_chars, dim)
        self.blocks = nn.CellList([ConvBlock(dim, dim, 3) for _ in range(n_blocks)])
        self.span = nn.Conv1d(dim, 2, 1)

    def construct(self, chars):
        x = self.emb(chars).transpose(0, 2, 1)
        for blk in self.blocks:
            x = blk(x) + x
        logits = self.span(x)
        half = chars.shape[1] // 2
        start = ops.argmax(logits[:, 0, :half], dim=-1)
        end = ops.argmax(logits[:, 1, :], dim=-1)
        return start, end


def make():
    np.random.seed(221)
    chars = Tensor(np.random.randint(0, 64, (2, 40)).astype(np.int32))
    return StrengthSpanFinder(), (chars,)
