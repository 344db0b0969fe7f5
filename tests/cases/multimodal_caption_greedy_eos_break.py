# case: greedy caption decoding appends tokens with concat and breaks when all sequences hit EOS -> compile error at line 37
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyCaptionDecoder(nn.Cell):
    def __init__(self, vocab_size=20, hidden=16, img_dim=24):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.img_proj = nn.Dense(img_dim, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)

    def step(self, tok, h):
        h = self.cell(self.embed(tok), h)
        return self.out(h), h


class GreedyCaptioner(nn.Cell):
    def __init__(self, bos_id=1, eos_id=2, max_len=8):
        super().__init__()
        self.decoder = TinyCaptionDecoder()
        self.bos_id = bos_id
        self.eos_id = eos_id
        self.max_len = max_len

    def construct(self, image_feat):
        h = ops.tanh(self.decoder.img_proj(image_feat))
        tok = ops.fill(ms.int32, (image_feat.shape[0],), self.bos_id)
        tokens = tok.expand_dims(1)
        finished = ops.zeros_like(tok).astype(ms.bool_)
        step = 0
        while step < self.max_len:
            logits, h = self.decoder.step(tok, h)
            tok = ops.argmax(logits, dim=-1).astype(ms.int32)
            tokens = ops.concat((tokens, tok.expand_dims(1)), axis=1)
            finished = ops.logical_or(finished, tok == self.eos_id)
            if finished.all():
                break
            step += 1
        return tokens


def make():
    np.random.seed(4)
    net = GreedyCaptioner()
    feat = Tensor(np.random.randn(3, 24).astype(np.float32))
    return net, (feat,)
