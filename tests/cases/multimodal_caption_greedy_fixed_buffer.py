# case: greedy caption decoding writes into a fixed-size token buffer with one-hot updates over range(max_len) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyBufferCaptioner(nn.Cell):
    def __init__(self, vocab_size=20, hidden=16, img_dim=24, bos_id=1, eos_id=2, max_len=6):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.img_proj = nn.Dense(img_dim, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)
        self.bos_id = bos_id
        self.eos_id = eos_id
        self.max_len = max_len

    def _write(self, buf, pos, tok):
        onehot = ops.one_hot(Tensor(pos, ms.int32), self.max_len, Tensor(1, ms.int32), Tensor(0, ms.int32))
        return buf * (1 - onehot) + tok.expand_dims(1) * onehot

    def construct(self, image_feat):
        batch = image_feat.shape[0]
        h = ops.tanh(self.img_proj(image_feat))
        tok = ops.fill(ms.int32, (batch,), self.bos_id)
        buf = ops.fill(ms.int32, (batch, self.max_len), self.eos_id)
        done = ops.zeros((batch,), ms.bool_)
        for t in range(self.max_len):
            h = self.cell(self.embed(tok), h)
            nxt = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            nxt = ops.select(done, ops.full_like(nxt, self.eos_id), nxt)
            buf = self._write(buf, t, nxt)
            done = ops.logical_or(done, nxt == self.eos_id)
            tok = nxt
        return buf


def make():
    np.random.seed(5)
    net = GreedyBufferCaptioner()
    feat = Tensor(np.random.randn(3, 24).astype(np.float32))
    return net, (feat,)
