# case: RNN-T greedy search emitting symbols per frame with a while loop on the predicted token, hypothesis grows -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransducerGreedy(nn.Cell):
    def __init__(self, enc_dim=8, vocab_size=6, blank_id=0, max_symbols_per_step=3):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, enc_dim)
        self.pred_cell = nn.GRUCell(enc_dim, enc_dim)
        self.joint = nn.Dense(enc_dim, vocab_size)
        self.blank_id = blank_id
        self.max_symbols = max_symbols_per_step

    def joint_step(self, f, g):
        logits = self.joint(ops.tanh(f + g))
        return ops.argmax(logits, dim=-1).astype(ms.int32)

    def construct(self, enc):
        # enc: (T, D), batch size 1
        hyp = ops.zeros((0,), ms.int32)
        g = ops.zeros((1, enc.shape[1]), ms.float32)
        last = ops.full((1,), self.blank_id, dtype=ms.int32)
        for t in range(enc.shape[0]):
            f = enc[t:t + 1]
            emitted = 0
            k = self.joint_step(f, g)
            while k[0] != self.blank_id and emitted < self.max_symbols:
                hyp = ops.concat((hyp, k))
                last = k
                g = self.pred_cell(self.embed(last), g)
                k = self.joint_step(f, g)
                emitted += 1
        return hyp


def make():
    np.random.seed(14)
    enc = Tensor(np.random.randn(5, 8).astype(np.float32))
    return TransducerGreedy(), (enc,)
