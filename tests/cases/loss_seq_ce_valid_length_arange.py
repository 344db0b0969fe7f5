# case: sequence CE that truncates logits to the batch max valid length using ops.arange(max_len_tensor) and gather; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class SeqCrossEntropy(nn.Cell):
    def __init__(self, pad_id=PAD_ID):
        super().__init__()
        self.pad_id = pad_id
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def construct(self, logits, targets):
        lengths = (targets != self.pad_id).astype(ms.int32).sum(axis=1)
        max_len = lengths.max()
        steps = ops.arange(0, max_len, 1)
        logits = ops.gather(logits, steps, 1)
        targets = ops.gather(targets, steps, 1)
        b, t, v = logits.shape
        loss = self.ce(logits.reshape(-1, v), targets.reshape(-1))
        mask = (targets.reshape(-1) != self.pad_id).astype(ms.float32)
        return (loss * mask).sum() / mask.sum()


class Net(nn.Cell):
    def __init__(self, vocab=9, dim=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.out = nn.Dense(dim, vocab)
        self.loss = SeqCrossEntropy()

    def construct(self, tokens, targets):
        return self.loss(self.out(self.embed(tokens)), targets)


def make():
    tok = np.random.randint(1, 9, (3, 8)).astype(np.int32)
    tgt = tok.copy()
    tgt[:, 6:] = PAD_ID
    return Net(), (Tensor(tok), Tensor(tgt))
