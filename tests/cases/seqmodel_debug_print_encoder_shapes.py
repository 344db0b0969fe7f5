# case: convolutional text encoder that prints intermediate shapes when debug is on (default) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvTextEncoder(nn.Cell):
    def __init__(self, vocab_size=30, emb=8, channels=12, kernel_sizes=(3, 5), debug=True):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, emb)
        self.convs = nn.CellList([nn.Conv1d(emb, channels, k, pad_mode="same") for k in kernel_sizes])
        self.debug = debug
        self.out_dim = channels * len(kernel_sizes)

    def _log(self, name, t):
        if self.debug:
            print("[ConvTextEncoder]", name, "shape:", t.shape)

    def construct(self, token_ids, mask):
        x = self.embed(token_ids).transpose(0, 2, 1)
        self._log("embedded", x)
        feats = []
        for conv in self.convs:
            h = ops.relu(conv(x))
            h = ops.where(mask.expand_dims(1), h, ops.full_like(h, -1e4))
            feats.append(h.max(axis=-1))
        pooled = ops.concat(feats, axis=-1)
        self._log("pooled", pooled)
        return pooled


def make():
    np.random.seed(39)
    ids = np.random.randint(1, 30, size=(2, 7)).astype(np.int32)
    mask = np.ones((2, 7), bool)
    mask[1, 5:] = False
    return ConvTextEncoder(), (Tensor(ids), Tensor(mask))
