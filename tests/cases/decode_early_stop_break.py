# case: greedy loop with a preallocated buffer but breaks out when all sequences hit EOS (tensor condition); shapes stay fixed -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 12
MAX_LEN = 5


class StepModel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = nn.Embedding(VOCAB, VOCAB)

    def construct(self, tok):
        return self.table(tok)


class Generator(nn.Cell):
    def __init__(self, eos_id=3):
        super().__init__()
        self.step_model = StepModel()
        self.eos_id = eos_id

    def construct(self, tok):
        out = ops.zeros((tok.shape[0], MAX_LEN), ms.int32)
        done = ops.zeros((tok.shape[0],), ms.bool_)
        i = 0
        while i < MAX_LEN:
            logits = self.step_model(tok)
            tok = ops.argmax(logits, dim=-1).astype(ms.int32)
            tok = ops.where(done, ops.full_like(tok, self.eos_id), tok)
            out[:, i] = tok
            done = ops.logical_or(done, tok == self.eos_id)
            if done.all():
                break
            i += 1
        return out


def make():
    return Generator(), (Tensor(np.array([1, 4], np.int32)),)
